namespace Clausier.Core.Diagnostics;

public static partial class MessageCatalogue
{
    /// <summary>Annex Markdown → Word and the reference document (Clausier.Word, CLZ30xx–32xx).</summary>
    private static Dictionary<string, MessageText> WordTemplates() => new(StringComparer.Ordinal)
    {
        // Markdown the writer does not render
        ["CLZ3001"] = new("raw HTML is not supported in an annex and was not rendered",
            "le HTML brut n’est pas pris en charge dans une annexe et n’a pas été rendu"),
        ["CLZ3002"] = new("image '{0}' is not supported in an annex and was not rendered",
            "l’image «\u00A0{0}\u00A0» n’est pas prise en charge dans une annexe et n’a pas été rendue"),
        ["CLZ3003"] = new("footnote [^{0}] is not supported in an annex; write the text in the paragraph",
            "la note de bas de page [^{0}] n’est pas prise en charge dans une annexe\u00A0; écrivez le texte dans le paragraphe"),
        ["CLZ3003.reference"] = new("a footnote reference is not supported in an annex and was not rendered",
            "un appel de note de bas de page n’est pas pris en charge dans une annexe et n’a pas été rendu"),
        ["CLZ3004"] = new("unknown container '::: {0}'; known: cover, toc, note, clause, answers. Its content is rendered as ordinary text",
            "conteneur inconnu «\u00A0::: {0}\u00A0»\u00A0; conteneurs connus\u00A0: «\u00A0cover\u00A0», «\u00A0toc\u00A0», «\u00A0note\u00A0», «\u00A0clause\u00A0», «\u00A0answers\u00A0». Son contenu est rendu comme du texte ordinaire"),
        ["CLZ3005.code"] = new("a code block (check the indentation: four spaces start one) is not supported in an annex and was not rendered",
            "un bloc de code (vérifiez l’indentation\u00A0: quatre espaces en ouvrent un) n’est pas pris en charge dans une annexe et n’a pas été rendu"),
        ["CLZ3005.inline"] = new("inline ::text:: markup is not supported in an annex and was not rendered",
            "le balisage en ligne «\u00A0::texte::\u00A0» n’est pas pris en charge dans une annexe et n’a pas été rendu"),
        ["CLZ3005.element"] = new("Markdown element {0} is not supported in an annex and was not rendered",
            "l’élément Markdown {0} n’est pas pris en charge dans une annexe et n’a pas été rendu"),
        ["CLZ3005.heading"] = new("heading level {0} is rendered as level {1}", "le titre de niveau {0} est rendu au niveau {1}"),
        ["CLZ3006"] = new("character U+{0:X4} cannot be written to Word and was removed", "le caractère U+{0:X4} ne peut pas être écrit dans Word et a été retiré"),
        ["CLZ3007"] = new("link target '{0}' is not an absolute URI; the text is kept without a link",
            "la cible du lien «\u00A0{0}\u00A0» n’est pas une URI absolue\u00A0; le texte est conservé sans lien"),
        ["CLZ3008.yaml"] = new("front matter is not valid YAML: {0}", "l’en-tête YAML n’est pas du YAML valide\u00A0: {0}"),
        ["CLZ3008.mapping"] = new("front matter must be a mapping of keys to text", "l’en-tête YAML doit être une table de clés et de textes"),
        ["CLZ3008.value"] = new("front matter value of '{0}' must be text", "la valeur de «\u00A0{0}\u00A0» dans l’en-tête YAML doit être un texte"),
        ["CLZ3009"] = new("front matter key '{0}' is not used by the Word writer", "la clé d’en-tête «\u00A0{0}\u00A0» ne sert pas à l’écriture du document Word"),
        ["CLZ1210.front-matter"] = new("front matter: The YAML nests deeper than {0} levels; no file of this tool needs more than a few. Reading stopped.",
            "en-tête YAML\u00A0: le YAML s’imbrique sur plus de {0}\u00A0niveaux\u00A0; aucun fichier de cet outil n’en demande plus de quelques-uns. La lecture s’est arrêtée."),
        ["CLZ3010"] = new("The annex Markdown nests deeper than {0} levels (block quotes, lists or emphasis inside each other); no annex needs more than a few. The annex was not written.",
            "Le Markdown de l’annexe s’imbrique sur plus de {0}\u00A0niveaux (citations, listes ou mises en valeur les unes dans les autres)\u00A0; aucune annexe n’en demande plus de quelques-uns. L’annexe n’a pas été écrite."),

        // Form fields and containers
        ["CLZ3101"] = new("unknown field '{0}' in {1}; fields of this scope are: {2}",
            "champ inconnu «\u00A0{0}\u00A0» dans {1}\u00A0; champs possibles à cet endroit\u00A0: {2}"),
        ["CLZ3102"] = new("form field {0} must be in a table cell (an answer table or the candidate block)",
            "le champ de formulaire {0} doit se trouver dans une cellule de tableau (un tableau de réponse ou le bloc du candidat)"),
        ["CLZ3103.field"] = new("field {0} refers to point {1}, which is not in the manifest", "le champ {0} renvoie au point {1}, absent du manifeste"),
        ["CLZ3103.clause"] = new("clause of point {0}, which is not in the manifest", "clause du point {0}, absent du manifeste"),
        ["CLZ3104"] = new("field {0} appears more than once; only the first is a control", "le champ {0} apparaît plusieurs fois\u00A0; seul le premier est un contrôle"),
        ["CLZ3105"] = new("only a status field takes items; those of {0} are ignored", "seul un champ de statut accepte des choix\u00A0; ceux de {0} sont ignorés"),
        ["CLZ3106.clause"] = new("'::: clause' needs a point id, e.g. '::: clause O-7.2'",
            "«\u00A0::: clause\u00A0» demande un identifiant de point, par exemple «\u00A0::: clause O-7.2\u00A0»"),
        ["CLZ3106.answers"] = new("'::: answers' needs a point id, e.g. '::: answers O-7.2'",
            "«\u00A0::: answers\u00A0» demande un identifiant de point, par exemple «\u00A0::: answers O-7.2\u00A0»"),
        ["CLZ3107"] = new("point {0} already has a clause; this one is rendered without a content control",
            "le point {0} a déjà une clause\u00A0; celle-ci est rendue sans contrôle de contenu"),
        ["CLZ3108"] = new("point {0} has no '::: clause {0}' container; its clause hash is left empty",
            "le point {0} n’a pas de conteneur «\u00A0::: clause {0}\u00A0»\u00A0; l’empreinte de sa clause reste vide"),
        ["CLZ3109.content"] = new("'::: answers' must hold exactly one table and nothing else (found {0} tables, {1} other blocks)",
            "«\u00A0::: answers\u00A0» doit contenir exactement un tableau et rien d’autre ({0}\u00A0tableau(x) et {1}\u00A0autre(s) bloc(s) trouvés)"),
        ["CLZ3109.first-cell"] = new("the first cell of the answer table must be the point id '{0}', not '{1}'",
            "la première cellule du tableau de réponse doit être l’identifiant du point, «\u00A0{0}\u00A0», et non «\u00A0{1}\u00A0»"),

        // The reference document
        ["CLZ3201"] = new("the reference document has no style named '{0}'; the built-in definition (id '{1}') was added",
            "le document de référence n’a pas de style nommé «\u00A0{0}\u00A0»\u00A0; la définition intégrée (identifiant «\u00A0{1}\u00A0») a été ajoutée"),
        ["CLZ3202"] = new("the reference document cannot be read as a DOCX: {0}", "le document de référence ne peut pas être lu comme un DOCX ({0})"),
    };

    /// <summary>Scriban templates (Clausier.Templating, CLZ20xx). Scriban's own messages are English; the French says where to look instead.</summary>
    private static Dictionary<string, MessageText> TemplatingTemplates() => new(StringComparer.Ordinal)
    {
        ["CLZ2001"] = new("The template folder has no {0}.", "Le dossier des modèles ne contient pas {0}."),
        ["CLZ2002"] = new("{0}", "Erreur de syntaxe du modèle Scriban à cet endroit."),
        ["CLZ2003"] = new("{0}", "Le modèle a échoué à cet endroit pendant son exécution."),
        ["CLZ2004"] = new("{0}", "Le modèle a dépassé une limite d’exécution à cet endroit."),
        ["CLZ2005"] = new("The template ran longer than {0:0} s and was stopped.", "Le modèle s’est exécuté plus de {0:0}\u00A0s et a été arrêté."),
        ["CLZ2005.read"] = new("Reading the template folder took longer than {0:0} s and was stopped at this file: a named pipe or a device is not a template file.",
            "La lecture du dossier des modèles a pris plus de {0:0}\u00A0s et s’est arrêtée à ce fichier\u00A0: un tube nommé ou un périphérique n’est pas un fichier de modèle."),
        ["CLZ2010"] = new("{0}", "Le chemin réel de ce modèle ne peut pas être établi ({0})."),
        ["CLZ2010.link"] = new("This template is a link to {0}, outside the template folder; only files inside the folder are read. Copy the file into the folder instead.",
            "Ce modèle est un lien vers {0}, hors du dossier des modèles\u00A0; seuls les fichiers du dossier sont lus. Copiez plutôt le fichier dans le dossier."),
        ["CLZ2011.file"] = new("The template is larger than {0} KiB; annex templates are a few KiB. It was not read.",
            "Le modèle dépasse {0}\u00A0Kio\u00A0; les modèles d’annexe font quelques Kio. Il n’a pas été lu."),
        ["CLZ2011.folder"] = new("The templates of the folder together pass {0} KiB; reading stopped at this file.",
            "Les modèles du dossier dépassent ensemble {0}\u00A0Kio\u00A0; la lecture s’est arrêtée à ce fichier."),
        ["CLZ2012"] = new("The template cannot be read: {0}", "Le modèle ne peut pas être lu ({0})."),
    };
}
