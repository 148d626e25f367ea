namespace Clausier.Core.Diagnostics;

public static partial class MessageCatalogue
{
    /// <summary>The candidate's answer library and prefilling (Clausier.Forms, CLZ70xx).</summary>
    private static Dictionary<string, MessageText> LibraryTemplates() => new(StringComparer.Ordinal)
    {
        ["CLZ7001.no-folder"] = new("the library folder does not exist", "le dossier de la bibliothèque de réponses n’existe pas"),
        ["CLZ7001.not-entry"] = new("not a library entry, left out: {0}",
            "ce fichier n’est pas une entrée de bibliothèque de réponses\u00A0; il est ignoré ({0})"),
        ["CLZ7001.too-large"] = new("over {0} MB, not a library entry: left out",
            "fichier de plus de {0}\u00A0Mo, ce n’est pas une entrée de bibliothèque\u00A0: ignoré"),
        ["CLZ7001.unreadable"] = new("cannot be read: {0}", "le fichier ne peut pas être lu"),
        ["CLZ7001.not-parsed"] = new("{0} was not readable when parsed; nothing added from it",
            "{0} n’était pas lisible lors de la lecture\u00A0; rien n’en a été ajouté"),
        ["CLZ7001.parse-json"] = new("not usable as parse JSON: {0}",
            "ce fichier JSON n’est pas une sortie de «\u00A0clausier parse\u00A0» utilisable\u00A0: {0}"),
        // Why a JSON file is not an entry; placed in the messages above.
        ["CLZ7001.json"] = new("{0}", "JSON invalide à la ligne {1}"),
        ["CLZ7001.kind"] = new("not a library entry (no \"kind\": \"{0}\")", "ce n’est pas une entrée de bibliothèque (pas de «\u00A0kind\u00A0»\u00A0: «\u00A0{0}\u00A0»)"),
        ["CLZ7001.version"] = new("unsupported formatVersion; this version of clausier reads version {0}",
            "version de format non prise en charge (formatVersion)\u00A0; cette version de clausier lit la version {0}"),
        ["CLZ7001.no-files"] = new("this JSON is not the output of clausier parse (no \"files\" array)",
            "ce JSON n’est pas une sortie de clausier parse (pas de tableau «\u00A0files\u00A0»)"),
        ["CLZ7001.no-point-id"] = new("an answer has no pointId", "une réponse n’a pas de pointId"),
        ["CLZ7001.no-product"] = new("no product", "pas de produit (product)"),
        ["CLZ7001.no-date"] = new("no date", "pas de date (date)"),
        ["CLZ7001.status"] = new("unknown status \"{0}\"", "statut inconnu «\u00A0{0}\u00A0»"),
        ["CLZ7001.date"] = new("invalid date \"{0}\" (expected yyyy-MM-dd)", "date invalide «\u00A0{0}\u00A0» (attendu aaaa-mm-jj)"),
        ["CLZ7002"] = new("the annex cannot be read, nothing added from it: {0}", "l’annexe ne peut pas être lue, rien n’en a été ajouté\u00A0: {0}"),
        ["CLZ7002.unreadable"] = new("unreadable", "fichier illisible"),
        ["CLZ7010.unreadable"] = new("the annex cannot be read: {0}", "l’annexe ne peut pas être lue\u00A0: {0}"),
        ["CLZ7010.no-manifest"] = new("the annex has no Clausier manifest (custom XML part): the clauses it asks about cannot be identified",
            "l’annexe n’a pas de manifeste Clausier (partie XML personnalisée)\u00A0: impossible de savoir à quelles clauses elle demande de répondre"),
        ["CLZ7010.xml"] = new("a part of the annex is not well-formed XML (line {0}): {1}",
            "une partie de l’annexe n’est pas du XML bien formé (ligne {0})\u00A0: le fichier est endommagé"),
        ["CLZ7011"] = new("filled from {0} ({1:yyyy-MM-dd}), whose clause text differs: to review",
            "prérempli d’après {0} ({1:dd/MM/yyyy}), mais {2}\u00A0: à revoir"),
        ["CLZ7012"] = new("previous answers disagree; the most recent ({0}, {1:yyyy-MM-dd}) was used, not {2}",
            "des réponses précédentes se contredisent\u00A0; la plus récente ({0}, {1:dd/MM/yyyy}) a été retenue, et non {2}"),
        ["CLZ7012.other"] = new("{0} ({1:yyyy-MM-dd})", "{0} ({1:dd/MM/yyyy})"),
        ["CLZ7013"] = new("{0} not filled: {1}", "champ «\u00A0{0}\u00A0» non repris\u00A0: {1}"),
        ["CLZ7013.not-offered"] = new("\"{0}\" is not offered in this annex", "la réponse «\u00A0{0}\u00A0» n’est pas proposée dans cette annexe"),
        ["CLZ7013.not-a-date-picker"] = new("the date field is not a date picker", "le champ de date n’est pas un sélecteur de date"),
        ["CLZ7013.answered"] = new("the annex already holds an answer, kept as it is", "l’annexe contient déjà une réponse, conservée telle quelle"),
        ["CLZ7013.no-field"] = new("this annex has no such field for the point", "cette annexe n’a pas ce champ pour ce point"),
        ["CLZ7014"] = new("no previous answer: left empty", "aucune réponse précédente\u00A0: laissé vide"),
        ["CLZ7015"] = new("the prefilled annex does not read back as written; nothing was written (please report it with the annex)",
            "l’annexe préremplie ne se relit pas comme elle a été écrite\u00A0; aucun fichier n’a été produit (merci de le signaler en joignant l’annexe)"),
        ["CLZ7016"] = new("filled from {0} ({1:yyyy-MM-dd}), which does not record the clause text it answered: to review",
            "prérempli d’après {0} ({1:dd/MM/yyyy}), mais {2}\u00A0: à revoir"),
    };
}
