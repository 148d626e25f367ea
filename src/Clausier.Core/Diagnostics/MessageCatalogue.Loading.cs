namespace Clausier.Core.Diagnostics;

public static partial class MessageCatalogue
{
    /// <summary>
    /// Loading and linting a catalogue folder, and the YAML files every reader shares (Clausier.Core,
    /// CLZ10xx–11xx, CLZ1210–1213). The YAML context ("of the tender", "of a lot") is a
    /// <see cref="MessageText"/> argument from <see cref="ContextTemplates"/>.
    /// </summary>
    private static Dictionary<string, MessageText> LoadingTemplates() => new(StringComparer.Ordinal)
    {
        // YAML files
        ["CLZ1002"] = new("YAML syntax error: {0}", "Erreur de syntaxe YAML\u00A0: {0}."),
        ["CLZ1002.unclosed"] = new("YAML syntax error: the file ends inside an unclosed construct ({0})",
            "Erreur de syntaxe YAML\u00A0: le fichier se termine au milieu d’une construction jamais fermée (crochet, accolade ou guillemet)."),
        ["CLZ1210"] = new("The YAML nests deeper than {0} levels; no file of this tool needs more than a few. Reading stopped.",
            "Le YAML s’imbrique sur plus de {0}\u00A0niveaux\u00A0; aucun fichier de cet outil n’en demande plus de quelques-uns. La lecture s’est arrêtée."),
        ["CLZ1211"] = new("The file holds a second YAML document (after a '---' line); only one is read, so remove it or merge it into the first.",
            "Le fichier contient un second document YAML (après une ligne «\u00A0---\u00A0»)\u00A0; un seul est lu\u00A0: supprimez-le ou fusionnez-le avec le premier."),
        ["CLZ1212"] = new("The file is not valid UTF-8: byte 0x{0:X2} at offset {1} is not a UTF-8 character. Save the file as UTF-8 (in most editors: Save as, Encoding: UTF-8).",
            "Le fichier n’est pas en UTF-8 valide\u00A0: l’octet 0x{0:X2} à la position {1} n’est pas un caractère UTF-8. Enregistrez le fichier en UTF-8 (dans la plupart des éditeurs\u00A0: Enregistrer sous, Encodage\u00A0: UTF-8)."),
        ["CLZ1004"] = new("Unknown key '{0}' in {1}.{2}", "Clé inconnue\u00A0: «\u00A0{0}\u00A0» {1}.{2}"),
        ["CLZ1008.mapping"] = new("{0} must be a mapping of keys to values.", "Le contenu {0} doit être une table de clés et de valeurs («\u00A0clé\u00A0: valeur\u00A0»)."),
        ["CLZ1008.single"] = new("'{0}' of {1} must be a single value.", "«\u00A0{0}\u00A0» {1} doit être une valeur unique."),
        ["CLZ1008.list"] = new("'{0}' of {1} must be a list.", "«\u00A0{0}\u00A0» {1} doit être une liste."),
        ["CLZ1008.boolean"] = new("'{0}' of {1} must be true or false.", "«\u00A0{0}\u00A0» {1} doit valoir true ou false."),

        // catalogue.yml
        ["CLZ1001.folder"] = new("The catalogue folder does not exist.", "Le dossier du catalogue n’existe pas."),
        ["CLZ1001.no-yml"] = new("The catalogue folder has no catalogue.yml (identity, parameters, segments).",
            "Le dossier du catalogue n’a pas de fichier catalogue.yml (identité, paramètres, segments)."),
        ["CLZ1005"] = new("Segment '{0}' is declared twice or uses the reserved id 'all'.",
            "Le segment «\u00A0{0}\u00A0» est déclaré deux fois ou utilise l’identifiant réservé «\u00A0all\u00A0»."),
        ["CLZ1005.option"] = new("Segment option '{0}' is declared twice.", "L’option de segment «\u00A0{0}\u00A0» est déclarée deux fois."),
        ["CLZ1006"] = new("Parameter '{0}' is declared twice.", "Le paramètre «\u00A0{0}\u00A0» est déclaré deux fois."),
        ["CLZ1007"] = new("'{0}' is not a valid identifier: use lower-case letters, digits, '-' or '_'.",
            "«\u00A0{0}\u00A0» n’est pas un identifiant valide\u00A0: utilisez des lettres minuscules, des chiffres, «\u00A0-\u00A0» ou «\u00A0_\u00A0»."),
        ["CLZ1008.stricter"] = new("'stricter' of parameter '{0}' must be lower or higher.",
            "«\u00A0stricter\u00A0» du paramètre «\u00A0{0}\u00A0» doit valoir lower ou higher."),
        ["CLZ1122"] = new("Parameter '{0}' has an unknown type '{1}': use one of {2}.{3}",
            "Le paramètre «\u00A0{0}\u00A0» a un type inconnu, «\u00A0{1}\u00A0»\u00A0; types possibles\u00A0: {2}.{3}"),
        ["CLZ1123"] = new("'{0}' of parameter '{1}' is '{2}', which is not {3}.",
            "«\u00A0{0}\u00A0» du paramètre «\u00A0{1}\u00A0» vaut «\u00A0{2}\u00A0», ce qui n’est pas {3}."),
        // What a value of each parameter kind looks like, placed in the message above.
        ["expected-text"] = new("some text", "un texte"),
        ["expected-designation"] = new("a designation starting with its article (le, la, l', les), e.g. « le centre hospitalier de Montval »",
            "une désignation précédée de son article (le, la, l’, les), par exemple «\u00A0le centre hospitalier de Montval\u00A0»"),
        ["expected-contact"] = new("an e-mail address or a telephone number", "une adresse électronique ou un numéro de téléphone"),
        ["expected-days"] = new("a whole number of days, e.g. 30", "un nombre entier de jours, par exemple 30"),
        ["expected-months"] = new("a whole number of months, e.g. 3", "un nombre entier de mois, par exemple 3"),
        ["expected-delay"] = new("a number and a unit (heures, jours, semaines or mois), e.g. « 15 jours »",
            "un nombre et une unité (heures, jours, semaines ou mois), par exemple «\u00A015\u00A0jours\u00A0»"),
        ["expected-version"] = new("a version number, e.g. 1.2", "un numéro de version, par exemple 1.2"),

        // Section files
        ["CLZ1101"] = new("'{0}' is not a valid point identifier: expected 'O-' followed by the section number and a sequence number, e.g. 'O-7.2'.",
            "«\u00A0{0}\u00A0» n’est pas un identifiant de point valide\u00A0: attendu «\u00A0O-\u00A0» suivi du numéro de section et d’un numéro d’ordre, par exemple «\u00A0O-7.2\u00A0»."),
        ["CLZ1103.edition"] = new("Point {0} has no '{1}', and no enclosing section sets one.",
            "Le point {0} n’a pas de champ «\u00A0{1}\u00A0», et aucune section qui le contient n’en fixe un."),
        ["CLZ1103.answer-type"] = new("Point {0} has no '{1}' field.", "Le point {0} n’a pas de champ «\u00A0{1}\u00A0»."),
        ["CLZ1104"] = new("Unknown segment '{0}'.{1}", "Segment inconnu\u00A0: «\u00A0{0}\u00A0».{1}"),
        ["CLZ1105"] = new("Unknown answer type '{0}'; expected one of: {1}.", "Type de réponse inconnu\u00A0: «\u00A0{0}\u00A0»\u00A0; types possibles\u00A0: {1}."),
        ["CLZ1110"] = new("Reference '{0}' matches no known form (see docs/catalogue-format.md, e.g. 'RGPD art. 28(3)(a)', 'NIS2 art. 21(2)(d)', 'HDS EXI 27').",
            "La référence «\u00A0{0}\u00A0» ne suit aucune forme connue (voir docs/catalogue-format.md, par exemple «\u00A0RGPD art. 28(3)(a)\u00A0», «\u00A0NIS2 art. 21(2)(d)\u00A0», «\u00A0HDS EXI 27\u00A0»)."),
        ["CLZ1111"] = new("Unknown field '{0}' on {1}.{2}", "Champ inconnu\u00A0: «\u00A0{0}\u00A0» {1}.{2}"),
        ["CLZ1111.field-list"] = new("A field list item must read '**Field :** value'.",
            "Un élément de liste de champs doit s’écrire «\u00A0**Champ\u00A0:** valeur\u00A0»."),
        ["CLZ1112"] = new("Edition '{0}' is not a year (four digits, e.g. 2024).", "L’édition «\u00A0{0}\u00A0» n’est pas une année (quatre chiffres, par exemple 2024)."),
        ["CLZ1113"] = new("Point {0} has no segments, and no enclosing section sets any.",
            "Le point {0} n’a pas de segments, et aucune section qui le contient n’en fixe."),
        ["CLZ1114"] = new("The file has no section heading ('# <number> <title>').",
            "Le fichier n’a pas de titre de section («\u00A0# <numéro> <titre>\u00A0»)."),
        ["CLZ1114.text-before"] = new("Text before the first heading belongs to no section.",
            "Le texte placé avant le premier titre n’appartient à aucune section."),
        ["CLZ1115"] = new("Heading '{0}' is neither a numbered section ('3 Title', '12.2 Title') nor a point ('O-3.1 Title').",
            "Le titre «\u00A0{0}\u00A0» n’est ni une section numérotée («\u00A03 Titre\u00A0», «\u00A012.2 Titre\u00A0») ni un point («\u00A0O-3.1 Titre\u00A0»)."),
        ["CLZ1116"] = new("Section {0} is also defined at {1}.", "La section {0} est aussi définie en {1}."),
        ["CLZ1119"] = new("Field '{0}' appears twice on {1}.", "Le champ «\u00A0{0}\u00A0» {1} apparaît deux fois."),
        ["CLZ1120"] = new("Section {0} has no parent section {1}.", "La section {0} n’a pas de section parente {1}."),
        ["CLZ1121"] = new("The catalogue folder has no section files (*.md).", "Le dossier du catalogue ne contient aucun fichier de section (*.md)."),
        ["CLZ1213"] = new("The Markdown nests deeper than {0} levels (block quotes, lists or emphasis inside each other); no catalogue needs more than a few. The file was not read.",
            "Le Markdown s’imbrique sur plus de {0}\u00A0niveaux (citations, listes ou mises en valeur les unes dans les autres)\u00A0; aucun catalogue n’en demande plus de quelques-uns. Le fichier n’a pas été lu."),

        // Lint
        ["CLZ1102"] = new("Point {0} is already defined at {1}.", "Le point {0} est déjà défini en {1}."),
        ["CLZ1106"] = new("Point {0} uses parameter '{1}', which catalogue.yml does not declare.{2}",
            "Le point {0} utilise le paramètre «\u00A0{1}\u00A0», que catalogue.yml ne déclare pas.{2}"),
        ["CLZ1107.title"] = new("Point {0} has no title.", "Le point {0} n’a pas de titre."),
        ["CLZ1107.body"] = new("Point {0} has no requirement text.", "Le point {0} n’a pas de texte d’exigence."),
        ["CLZ1108.point"] = new("Point {0} follows {1}{2}: expected {1}{3}.", "Le point {0} suit {1}{2}\u00A0: {1}{3} était attendu."),
        ["CLZ1108.section"] = new("Section {0} comes where number {1} was expected.", "La section {0} arrive là où le numéro {1} était attendu."),
        ["CLZ1109"] = new("Point {0} sits in section {1}; its id should read {2}<n>.",
            "Le point {0} se trouve dans la section {1}\u00A0; son identifiant devrait s’écrire {2}<n>."),
        ["CLZ1118"] = new("Parameter '{0}' is declared but no point uses it.", "Le paramètre «\u00A0{0}\u00A0» est déclaré, mais aucun point ne l’utilise."),
        ["CLZ1124.text"] = new("Point {0} is answered « {1} », yet its text says « {2} »: give it the answer type the request calls for (Description, or Description ou NC).",
            "Le point {0} a pour type de réponse «\u00A0{1}\u00A0», alors que son texte dit «\u00A0{2}\u00A0»\u00A0: donnez-lui le type de réponse qu’appelle la demande (Description, ou Description ou NC)."),
        ["CLZ1124.evidence"] = new("Point {0} is answered « {1} », yet it lists expected evidence (Justificatifs attendus): give it the answer type the request calls for (Description, or Description ou NC).",
            "Le point {0} a pour type de réponse «\u00A0{1}\u00A0», alors qu’il liste des justificatifs attendus\u00A0: donnez-lui le type de réponse qu’appelle la demande (Description, ou Description ou NC)."),
        ["CLZ1125"] = new("Segment option '{0}' excludes unknown point '{1}'.",
            "L’option de segment «\u00A0{0}\u00A0» exclut le point inconnu «\u00A0{1}\u00A0»."),
    };
}
