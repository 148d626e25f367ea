namespace Clausier.Core.Diagnostics;

public static partial class MessageCatalogue
{
    /// <summary>What the commands and the web pages say about their inputs and outputs (Clausier.Pipeline, Clausier.Cli, Clausier.Web).</summary>
    private static Dictionary<string, MessageText> CommandTemplates() => new(StringComparer.Ordinal)
    {
        // Output files (CLZ6001): the message, then the reason, a sentence.
        ["CLZ6001"] = new("cannot write the output here: {0}", "impossible d’écrire le fichier ici\u00A0: {0}"),
        ["CLZ6001.nothing-written"] = new("cannot write the output here: {0} Nothing was written.",
            "impossible d’écrire le fichier ici\u00A0: {0} Rien n’a été écrit."),
        ["CLZ6001.empty-path"] = new("the output path is empty.", "le chemin du fichier est vide."),
        ["CLZ6001.folder"] = new("this is a folder; name a file in it (for example annexe.docx inside it).",
            "c’est un dossier\u00A0; nommez un fichier à l’intérieur (par exemple annexe.docx dans ce dossier)."),
        ["CLZ6001.empty-folder"] = new("the output folder is empty.", "le nom du dossier est vide."),
        ["CLZ6001.file"] = new("this is a file, not a folder.", "c’est un fichier, pas un dossier."),
        ["CLZ6001.invalid-path"] = new("this is not a valid path.", "ce chemin n’est pas valide."),
        ["CLZ6001.system-folder"] = new("this is a system folder of the machine, not a place for documents.",
            "c’est un dossier système de la machine, pas un emplacement pour des documents."),
        ["CLZ6001.long-name"] = new("a name in the path is {0} bytes long; file systems accept at most {1}.",
            "un nom du chemin fait {0}\u00A0octets\u00A0; les systèmes de fichiers en acceptent au plus {1}."),
        ["CLZ6001.file-in-path"] = new("'{0}' is a file, not a folder.", "«\u00A0{0}\u00A0» est un fichier, pas un dossier."),
        ["CLZ6001.system"] = new("{0}", "le système de fichiers refuse l’écriture ({1})."),

        // Inputs of the commands: catalogues, batches, reference documents
        ["CLZ1001.no-folder"] = new("No catalogue folder at this path.", "Aucun dossier de catalogue à cet emplacement."),
        ["CLZ1001.not-a-catalogue"] = new("This file is neither a catalogue folder (catalogue.yml and one Markdown file per section) nor a CISO Assistant library (.yaml).",
            "Ce fichier n’est ni un dossier de catalogue (catalogue.yml et un fichier Markdown par section), ni un référentiel CISO Assistant (.yaml)."),
        ["CLZ1201.manifest"] = new("The batch manifest does not exist.", "Le manifeste de la série n’existe pas."),
        ["CLZ1003.tender-entry"] = new("A tender entry needs either 'file' or 'tender'.", "Une entrée de consultation demande «\u00A0file\u00A0» ou «\u00A0tender\u00A0»."),
        ["CLZ1202.output"] = new("Another item of the batch also writes {0}; give the tenders distinct references.",
            "Un autre élément de la série écrit aussi {0}\u00A0; donnez aux consultations des références distinctes."),
        ["CLZ1207.batch"] = new("Tender {0} has no lot '{1}'.", "La consultation {0} n’a pas de lot «\u00A0{1}\u00A0»."),
        ["CLZ3203"] = new("the reference document does not exist.", "le document de référence n’existe pas."),
        ["CLZ3203.folder"] = new("'{0}' is a folder; give the path of a .docx file.", "«\u00A0{0}\u00A0» est un dossier\u00A0; donnez le chemin d’un fichier .docx."),
        ["CLZ3203.too-large"] = new("the reference document is {0} MB; the limit is {1} MB.",
            "le document de référence pèse {0}\u00A0Mo\u00A0; la limite est de {1}\u00A0Mo."),
        ["CLZ3203.unreadable"] = new("the reference document cannot be read: {0}", "le document de référence ne peut pas être lu ({0})"),

        // Lots and annexes named on the command line
        ["CLZ1207"] = new("the tender has no lot '{0}'.", "la consultation n’a pas de lot «\u00A0{0}\u00A0»."),
        ["CLZ1207.lots"] = new("the tender has no lot '{0}' (lots: {1}).", "la consultation n’a pas de lot «\u00A0{0}\u00A0» (lots\u00A0: {1})."),
        ["CLZ7003"] = new("no answers for product '{0}'", "aucune réponse pour le produit «\u00A0{0}\u00A0»"),
        ["CLZ7003.products"] = new("no answers for product '{0}' (the library has: {1})",
            "aucune réponse pour le produit «\u00A0{0}\u00A0» (la bibliothèque contient\u00A0: {1})"),
        ["CLZ7010.too-large"] = new("the file is larger than the {0} MB a returned annex may be; it was not read.",
            "le fichier dépasse les {0}\u00A0Mo qu’une annexe retournée peut peser\u00A0; il n’a pas été lu."),
        ["CLZ7010.open"] = new("the annex cannot be opened: {0}", "l’annexe ne peut pas être ouverte ({0})"),
    };
}
