using System.Collections.Frozen;
using System.Globalization;

namespace Clausier.Core.Diagnostics;

/// <summary>
/// The user-facing text of every stable id, in one place: for each diagnostic or problem id of every
/// project (<see cref="DiagnosticIds"/>, the templating, Word, Forms and Analysis ids), its name in
/// English (the CLI, logs, the headings of docs/diagnostics.md) and in French (the web pages, the
/// workbook, the XLSX and CSV reports); and the message templates that give the details of one
/// occurrence in both languages (<see cref="Templates"/>). Plain dictionaries of strings, so the native
/// build needs no resources or reflection. A test holds every declared id to an entry here.
/// </summary>
public static partial class MessageCatalogue
{
    /// <summary>The name of each id, in English and in French.</summary>
    public static IReadOnlyDictionary<string, MessageText> Titles { get; } = new Dictionary<string, MessageText>(StringComparer.Ordinal)
    {
        // Catalogues, tenders, imports and comparisons (Clausier.Core)
        ["CLZ1001"] = new("Catalogue not found", "Catalogue introuvable"),
        ["CLZ1002"] = new("YAML syntax error", "Erreur de syntaxe YAML"),
        ["CLZ1003"] = new("Required key missing", "Clé obligatoire manquante"),
        ["CLZ1004"] = new("Unknown key", "Clé inconnue"),
        ["CLZ1005"] = new("Segment declared twice", "Segment déclaré deux fois"),
        ["CLZ1006"] = new("Parameter declared twice", "Paramètre déclaré deux fois"),
        ["CLZ1007"] = new("Invalid identifier", "Identifiant invalide"),
        ["CLZ1008"] = new("Invalid value", "Valeur invalide"),
        ["CLZ1101"] = new("Malformed point identifier", "Identifiant de point mal formé"),
        ["CLZ1102"] = new("Duplicate point identifier", "Identifiant de point en double"),
        ["CLZ1103"] = new("Required field missing", "Champ obligatoire manquant"),
        ["CLZ1104"] = new("Unknown segment in a catalogue", "Segment inconnu dans le catalogue"),
        ["CLZ1105"] = new("Unknown answer type", "Type de réponse inconnu"),
        ["CLZ1106"] = new("Unknown parameter", "Paramètre inconnu"),
        ["CLZ1107"] = new("Empty title or text", "Titre ou texte vide"),
        ["CLZ1108"] = new("Numbering gap", "Numérotation discontinue"),
        ["CLZ1109"] = new("Point outside its section", "Point hors de sa section"),
        ["CLZ1110"] = new("Invalid reference", "Référence invalide"),
        ["CLZ1111"] = new("Unknown field", "Champ inconnu"),
        ["CLZ1112"] = new("Invalid edition", "Édition invalide"),
        ["CLZ1113"] = new("No segments", "Aucun segment"),
        ["CLZ1114"] = new("No section heading", "Titre de section absent"),
        ["CLZ1115"] = new("Malformed heading", "Titre mal formé"),
        ["CLZ1116"] = new("Section defined twice", "Section définie deux fois"),
        ["CLZ1117"] = new("Heading level (reserved)", "Niveau de titre (réservé)"),
        ["CLZ1118"] = new("Unused parameter", "Paramètre inutilisé"),
        ["CLZ1119"] = new("Field given twice", "Champ donné deux fois"),
        ["CLZ1120"] = new("Section without parent", "Section sans section parente"),
        ["CLZ1121"] = new("No section files", "Aucun fichier de section"),
        ["CLZ1122"] = new("Unknown parameter type", "Type de paramètre inconnu"),
        ["CLZ1123"] = new("Parameter default or published value not of its type", "Valeur par défaut ou publiée d’un paramètre hors de son type"),
        ["CLZ1124"] = new("Answer type asks for nothing the text requests", "Type de réponse qui ne demande rien alors que le texte demande une réponse"),
        ["CLZ1125"] = new("Segment option names an unknown point", "Option de segment citant un point inconnu"),
        ["CLZ1140"] = new("Invalid importance", "Importance invalide"),
        ["CLZ1141"] = new("Importance given to an unknown point or section", "Importance donnée à un point ou une section inconnus"),
        ["CLZ1142"] = new("Invalid weight", "Pondération invalide"),
        ["CLZ1143"] = new("Weight given twice", "Pondération donnée deux fois"),
        ["CLZ1144"] = new("Weights do not add up", "Pondérations dont la somme est incorrecte"),
        ["CLZ1145"] = new("Weight given to an unknown point or section", "Pondération donnée à un point ou une section inconnus"),
        ["CLZ1146"] = new("Weight on a point that is not scored", "Pondération d’un point non noté"),
        ["CLZ1147"] = new("Nothing scored", "Aucun point noté"),
        ["CLZ1148"] = new("Section without a scored point", "Section sans point noté"),
        ["CLZ1201"] = new("Tender or manifest not found", "Consultation ou manifeste introuvable"),
        ["CLZ1202"] = new("Lot listed twice or same output twice", "Lot en double ou même fichier produit deux fois"),
        ["CLZ1203"] = new("Unknown segment in a tender", "Segment inconnu dans la consultation"),
        ["CLZ1204"] = new("Unknown point in a tender", "Point inconnu dans la consultation"),
        ["CLZ1205"] = new("Unknown section in a tender", "Section inconnue dans la consultation"),
        ["CLZ1206"] = new("Unknown parameter in a tender", "Paramètre inconnu dans la consultation"),
        ["CLZ1207"] = new("Unknown lot", "Lot inconnu"),
        ["CLZ1208"] = new("No point selected", "Aucun point retenu"),
        ["CLZ1209"] = new("Invalid character (reserved)", "Caractère invalide (réservé)"),
        ["CLZ1210"] = new("YAML nested too deep", "YAML trop imbriqué"),
        ["CLZ1211"] = new("Second YAML document", "Second document YAML"),
        ["CLZ1212"] = new("Not UTF-8", "Fichier non encodé en UTF-8"),
        ["CLZ1213"] = new("Catalogue Markdown nested too deep", "Markdown du catalogue trop imbriqué"),
        ["CLZ1220"] = new("Parameter value of the wrong type", "Valeur de paramètre d’un autre type que prévu"),
        ["CLZ1221"] = new("Parameter weaker than the published référentiel", "Paramètre moins exigeant que le référentiel publié"),
        ["CLZ1222"] = new("Contact without an address", "Contact sans adresse ni téléphone"),
        ["CLZ1223"] = new("Derogation without a reason", "Dérogation sans motif"),
        ["CLZ1224"] = new("Derogation not needed", "Dérogation inutile"),
        ["CLZ1225"] = new("Derogation names nothing known", "Dérogation ne visant rien de connu"),
        ["CLZ1226"] = new("Unknown segment option", "Option de segment inconnue"),
        ["CLZ1301"] = new("Library not found", "Référentiel introuvable"),
        ["CLZ1302"] = new("Library too large", "Référentiel trop volumineux"),
        ["CLZ1303"] = new("YAML syntax error in a library", "Erreur de syntaxe YAML dans le référentiel"),
        ["CLZ1304"] = new("Not a framework library", "Ce n’est pas un référentiel d’exigences"),
        ["CLZ1305"] = new("YAML alias refused", "Alias YAML refusé"),
        ["CLZ1306"] = new("YAML nested too deep", "YAML trop imbriqué"),
        ["CLZ1307"] = new("Invalid value in a library", "Valeur invalide dans le référentiel"),
        ["CLZ1308"] = new("Node without URN", "Nœud sans URN"),
        ["CLZ1309"] = new("Duplicate URN", "URN en double"),
        ["CLZ1310"] = new("Duplicate ref_id", "ref_id en double"),
        ["CLZ1311"] = new("Unknown parent", "Parent inconnu"),
        ["CLZ1312"] = new("Parent cycle", "Cycle de parents"),
        ["CLZ1313"] = new("Depth mismatch", "Profondeur incohérente"),
        ["CLZ1314"] = new("Point without ref_id", "Point sans ref_id"),
        ["CLZ1315"] = new("Renumbered node", "Nœud renuméroté"),
        ["CLZ1316"] = new("Assessable node with children", "Nœud évaluable ayant des enfants"),
        ["CLZ1317"] = new("Top-level point", "Point de premier niveau"),
        ["CLZ1318"] = new("Point without description", "Point sans description"),
        ["CLZ1319"] = new("No edition", "Édition absente"),
        ["CLZ1320"] = new("Segments defaulted", "Segments attribués par défaut"),
        ["CLZ1321"] = new("Hyphenation repaired", "Coupure de mot réparée"),
        ["CLZ1322"] = new("Answer type override matches nothing", "Type de réponse imposé sans effet"),
        ["CLZ1323"] = new("Key given twice", "Clé donnée deux fois"),
        ["CLZ1350"] = new("Folder already holds a catalogue", "Le dossier contient déjà un catalogue"),
        ["CLZ1351"] = new("Not representable in Markdown", "Non représentable en Markdown"),
        ["CLZ1352"] = new("Cannot write the catalogue", "Écriture du catalogue impossible"),
        ["CLZ1401"] = new("Point twice in a compared catalogue", "Point en double dans un catalogue comparé"),
        ["CLZ1402"] = new("No shared point", "Aucun point commun"),
        ["CLZ1403"] = new("References not compared", "Références non comparées"),
        ["CLZ1404"] = new("Text too long to compare word by word", "Texte trop long pour une comparaison mot à mot"),
        // Templates (Clausier.Templating)
        ["CLZ2001"] = new("No main template", "Modèle principal absent"),
        ["CLZ2002"] = new("Template syntax", "Erreur de syntaxe du modèle"),
        ["CLZ2003"] = new("Template runtime error", "Erreur d’exécution du modèle"),
        ["CLZ2004"] = new("Template limit exceeded", "Limite du modèle dépassée"),
        ["CLZ2005"] = new("Template timeout", "Délai du modèle dépassé"),
        ["CLZ2010"] = new("Template outside the folder", "Modèle hors du dossier des modèles"),
        ["CLZ2011"] = new("Template too large", "Modèle trop volumineux"),
        ["CLZ2012"] = new("Template unreadable", "Modèle illisible"),
        ["CLZ2030"] = new("Character removed from a value", "Caractère retiré d’une valeur"),
        // Word writer (Clausier.Word)
        ["CLZ3001"] = new("Raw HTML", "HTML brut"),
        ["CLZ3002"] = new("Image", "Image"),
        ["CLZ3003"] = new("Footnote", "Note de bas de page"),
        ["CLZ3004"] = new("Unknown container", "Conteneur inconnu"),
        ["CLZ3005"] = new("Unsupported Markdown", "Markdown non pris en charge"),
        ["CLZ3006"] = new("Character removed", "Caractère retiré"),
        ["CLZ3007"] = new("Relative link", "Lien relatif"),
        ["CLZ3008"] = new("Invalid front matter", "En-tête YAML invalide"),
        ["CLZ3009"] = new("Unknown front matter key", "Clé d’en-tête inconnue"),
        ["CLZ3010"] = new("Markdown nested too deep", "Markdown trop imbriqué"),
        ["CLZ3101"] = new("Unknown form field", "Champ de formulaire inconnu"),
        ["CLZ3102"] = new("Form field outside a table", "Champ de formulaire hors d’un tableau"),
        ["CLZ3103"] = new("Point not in the manifest", "Point absent du manifeste"),
        ["CLZ3104"] = new("Field twice", "Champ en double"),
        ["CLZ3105"] = new("Items on a field that is not a status", "Choix sur un champ qui n’est pas un statut"),
        ["CLZ3106"] = new("Container without point id", "Conteneur sans identifiant de point"),
        ["CLZ3107"] = new("Clause twice", "Clause en double"),
        ["CLZ3108"] = new("Clause missing", "Clause manquante"),
        ["CLZ3109"] = new("Malformed answer table", "Tableau de réponse mal formé"),
        ["CLZ3201"] = new("Reference style missing", "Style absent du document de référence"),
        ["CLZ3202"] = new("Reference document unreadable", "Document de référence illisible"),
        ["CLZ3203"] = new("Reference document not found", "Document de référence introuvable"),
        // Returned annexes (Clausier.Forms)
        ["CLZ4001"] = new("Empty file", "Fichier vide"),
        ["CLZ4002"] = new("File cannot be opened", "Fichier impossible à ouvrir"),
        ["CLZ4003"] = new("File too large", "Fichier trop volumineux"),
        ["CLZ4004"] = new("Not a DOCX package", "Ce n’est pas un document Word (.docx)"),
        ["CLZ4005"] = new("Old Word format or password-protected", "Document Word 97-2003 ou protégé par mot de passe"),
        ["CLZ4006"] = new("Corrupt or truncated zip", "Fichier endommagé ou incomplet"),
        ["CLZ4007"] = new("Too many entries", "Fichier refusé\u00A0: trop d’éléments dans l’archive"),
        ["CLZ4008"] = new("Unsafe entry name", "Fichier refusé\u00A0: nom d’élément dangereux dans l’archive"),
        ["CLZ4009"] = new("Inflates too much (zip bomb)", "Fichier refusé\u00A0: taille décompressée excessive (bombe de décompression)"),
        ["CLZ4010"] = new("Compression ratio too high (zip bomb)", "Fichier refusé\u00A0: taux de compression anormal (bombe de décompression)"),
        ["CLZ4011"] = new("Macro-enabled", "Fichier refusé\u00A0: document contenant des macros"),
        ["CLZ4012"] = new("No main document", "Document principal introuvable"),
        ["CLZ4013"] = new("DOCTYPE refused", "Fichier refusé\u00A0: déclaration DTD (attaque XML possible)"),
        ["CLZ4014"] = new("Malformed XML", "Contenu XML endommagé"),
        ["CLZ4015"] = new("XML too deep or too large", "Fichier refusé\u00A0: structure XML trop volumineuse ou trop profonde"),
        ["CLZ4016"] = new("Duplicate entry", "Fichier refusé\u00A0: éléments en double dans l’archive"),
        ["CLZ4017"] = new("Entry lies about its size", "Fichier refusé\u00A0: taille déclarée mensongère (bombe de décompression)"),
        ["CLZ4019"] = new("Internal error", "Erreur interne de lecture"),
        ["CLZ4020"] = new("Forbidden characters removed", "Caractères interdits retirés du texte"),
        ["CLZ4021"] = new("Active content", "Contenu actif incorporé (objet, contrôle ActiveX)"),
        ["CLZ4022"] = new("External target", "Lien vers une ressource externe"),
        ["CLZ4023"] = new("Part ignored", "Partie du document ignorée"),
        ["CLZ4024"] = new("Damaged entry (CRC-32)", "Fichier refusé\u00A0: fichier endommagé (somme de contrôle)"),
        ["CLZ4025"] = new("Not a Clausier annex", "Document qui n’est pas une annexe Clausier"),
        ["CLZ4026"] = new("Answer cut", "Réponse trop longue, coupée"),
        ["CLZ4101"] = new("No manifest", "Manifeste de l’annexe absent"),
        ["CLZ4102"] = new("Identified by document properties", "Annexe identifiée par ses propriétés de document"),
        ["CLZ4103"] = new("Manifest unreadable", "Manifeste de l’annexe illisible"),
        ["CLZ4104"] = new("Manifest and properties disagree", "Manifeste et propriétés du document en désaccord"),
        ["CLZ4105"] = new("Another consultation", "Annexe d’une autre consultation"),
        ["CLZ4106"] = new("Another lot", "Annexe d’un autre lot"),
        ["CLZ4107"] = new("Answer types unknown", "Types de réponse inconnus"),
        ["CLZ4201"] = new("Field missing", "Champ de réponse introuvable"),
        ["CLZ4202"] = new("Field duplicated", "Champ de réponse en double"),
        ["CLZ4203"] = new("Point not in the manifest", "Point absent du manifeste de l’annexe"),
        ["CLZ4204"] = new("Fields found by position", "Réponses retrouvées par leur position dans les tableaux"),
        ["CLZ4205"] = new("Field read from a FILLIN field or plain text", "Réponse lue hors de son contrôle de formulaire"),
        ["CLZ4206"] = new("Control outside its table", "Contrôle de réponse hors de son tableau"),
        ["CLZ4207"] = new("Point missing", "Point supprimé ou introuvable"),
        ["CLZ4301"] = new("Status missing", "Réponse manquante (Oui / Non…)"),
        ["CLZ4302"] = new("Description missing", "Description manquante"),
        ["CLZ4303"] = new("Explanation missing", "Justification manquante"),
        ["CLZ4304"] = new("Status typed", "Statut saisi au clavier au lieu d’être choisi dans la liste"),
        ["CLZ4305"] = new("Not a status", "Statut non reconnu"),
        ["CLZ4306"] = new("Status not offered", "Statut non proposé pour ce point"),
        ["CLZ4307"] = new("Compliance date invalid", "Date de mise en conformité invalide"),
        ["CLZ4308"] = new("Compliance date missing", "Date de mise en conformité manquante"),
        ["CLZ4309"] = new("Compliance date without Partiel", "Date de mise en conformité inattendue"),
        ["CLZ4310"] = new("Date shown and stored disagree", "Date affichée différente de la date enregistrée"),
        ["CLZ4311"] = new("Nothing answered", "Réponse manquante"),
        ["CLZ4401"] = new("Candidate field empty", "Information du candidat manquante"),
        ["CLZ4402"] = new("SIRET invalid", "SIRET invalide"),
        ["CLZ4403"] = new("Signature date invalid", "Date de signature invalide"),
        ["CLZ4404"] = new("Candidate block missing", "Bloc d’identification du candidat introuvable"),
        ["CLZ4501"] = new("Clause altered", "Texte de la clause modifié"),
        ["CLZ4502"] = new("Clause not found", "Texte de la clause introuvable"),
        ["CLZ4503"] = new("Tracked changes pending", "Modifications suivies non acceptées"),
        ["CLZ4504"] = new("Comment", "Commentaire dans le document"),
        // Comparison and evaluation (Clausier.Analysis)
        ["CLZ5001"] = new("Nothing to compare", "Rien à comparer"),
        ["CLZ5002"] = new("One candidate only", "Un seul candidat"),
        ["CLZ5003"] = new("Different consultations", "Consultations différentes"),
        ["CLZ5004"] = new("Different catalogue versions", "Versions de catalogue différentes"),
        ["CLZ5005"] = new("Consultation unknown", "Consultation inconnue"),
        ["CLZ5006"] = new("File not compared", "Fichier non comparé"),
        ["CLZ5007"] = new("Same candidate name", "Même nom de candidat"),
        ["CLZ5101"] = new("JSON file unreadable", "Fichier JSON illisible"),
        ["CLZ5102"] = new("Not clausier parse JSON", "Ce n’est pas un JSON de clausier parse"),
        ["CLZ5103"] = new("Unsupported JSON version", "Version de JSON non prise en charge"),
        ["CLZ5104"] = new("Invalid value in JSON", "Valeur invalide dans le JSON"),
        ["CLZ5200"] = new("Decisions file unreadable", "Fichier des décisions illisible"),
        ["CLZ5201"] = new("Invalid decision", "Décision invalide"),
        ["CLZ5202"] = new("Decision on an unknown candidate", "Décision sur un candidat inconnu"),
        ["CLZ5203"] = new("Decision on an unknown point", "Décision sur un point inconnu"),
        ["CLZ5204"] = new("Decision on a point that is not scored", "Décision sur un point non noté"),
        ["CLZ5205"] = new("Lot not in the tender", "Lot absent de la consultation"),
        ["CLZ5206"] = new("Annexes of another consultation", "Annexes d’une autre consultation"),
        ["CLZ5207"] = new("No annex for the tender", "Aucune annexe pour la consultation"),
        ["CLZ5208"] = new("Reply deadline not a date", "Date limite de réponse invalide"),
        // Writing outputs
        ["CLZ6001"] = new("Output cannot be written", "Fichier de sortie impossible à écrire"),
        // Files sent to the web pages
        ["CLZ6101"] = new("No file chosen", "Aucun fichier choisi"),
        ["CLZ6102"] = new("Too many files", "Trop de fichiers"),
        ["CLZ6103"] = new("File too large for the page", "Fichier trop volumineux pour la page"),
        ["CLZ6104"] = new("Empty file sent", "Fichier envoyé vide"),
        ["CLZ6105"] = new("Not a Word document", "Ce n’est pas un document Word"),
        ["CLZ6106"] = new("Not UTF-8 text", "Fichier texte non encodé en UTF-8"),
        ["CLZ6107"] = new("Tender file with errors", "Fichier de consultation comportant des erreurs"),
        ["CLZ6108"] = new("Upload over its text budget", "Envoi au-delà de son volume de texte"),
        ["CLZ6110"] = new("Form field invalid", "Champ du formulaire invalide"),
        // The command line
        ["CLZ6201"] = new("No command given", "Aucune commande donnée"),
        ["CLZ6202"] = new("Invalid command line", "Ligne de commande invalide"),
        ["CLZ6203"] = new("Internal error of a command", "Erreur interne d’une commande"),
        ["CLZ6204"] = new("Invalid option or argument", "Option ou argument invalide"),
        ["CLZ6205"] = new("Options missing or in conflict", "Options manquantes ou incompatibles"),
        ["CLZ6206"] = new("Command not in this build", "Commande absente de cette version"),
        // The candidate's answer library and prefill
        ["CLZ7001"] = new("Library file unreadable", "Fichier de la bibliothèque de réponses illisible"),
        ["CLZ7002"] = new("Returned annex unreadable", "Annexe retournée illisible"),
        ["CLZ7003"] = new("No answers for the product", "Aucune réponse pour ce produit"),
        ["CLZ7010"] = new("Annex cannot be prefilled", "Annexe impossible à préremplir"),
        ["CLZ7011"] = new("Clause changed: to review", "Clause modifiée\u00A0: à revoir"),
        ["CLZ7012"] = new("Previous answers disagree", "Réponses précédentes en désaccord"),
        ["CLZ7013"] = new("Field not filled", "Champ non rempli"),
        ["CLZ7014"] = new("No previous answer", "Aucune réponse précédente"),
        ["CLZ7015"] = new("Prefilled annex does not read back", "L’annexe préremplie ne se relit pas"),
        ["CLZ7016"] = new("Clause of the previous answer unknown", "Clause de la réponse précédente inconnue"),
        // CISO Assistant export
        ["CLZ8001"] = new("Correspondence entry invalid", "Entrée de correspondance invalide"),
        ["CLZ8002"] = new("Export target unreadable", "Cible de l’export illisible"),
        ["CLZ8003"] = new("Point not in the framework", "Point absent du référentiel"),
        ["CLZ8004"] = new("Annex unreadable", "Annexe illisible"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The French name of an id; null for an id this version does not know.</summary>
    public static string? French(string id) => Titles.TryGetValue(id, out var title) ? title.French : null;

    /// <summary>The English name of an id; null for an id this version does not know.</summary>
    public static string? English(string id) => Titles.TryGetValue(id, out var title) ? title.English : null;

    /// <summary>
    /// One occurrence's message in both languages, from the template <paramref name="key"/>
    /// (<c>CLZ1204</c> or <c>CLZ1204.variant</c>, see <see cref="Templates"/>). Arguments are data, placed
    /// verbatim; a <see cref="MessageText"/> argument gives each language its own side. Numbers are
    /// written the French way on the French side (<c>1 234,5</c>), dates as their format says.
    /// </summary>
    /// <exception cref="ArgumentException">The number of arguments is not the number of the template's placeholders (a bug of the caller).</exception>
    public static MessageText Format(string key, params object?[] args)
    {
        var template = Templates[key];
        var expected = ArgumentCount(template);
        if (args.Length != expected)
        {
            throw new ArgumentException($"template '{key}' takes {expected} argument(s), not {args.Length}", nameof(args));
        }

        return new MessageText(Fill(template.English, args, french: false), Fill(template.French, args, french: true));
    }

    /// <summary>The id a template key reports under: <c>CLZ1204.variant</c> → <c>CLZ1204</c>.</summary>
    public static string IdOf(string key) => key.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? key[..dot] : key;

    /// <summary>
    /// The arguments (<c>key:index</c>) that are a system's own English words: the message of a
    /// YamlDotNet (save the messages <see cref="YamlReason"/> knows), Scriban, System.Text.Json, System.Xml, zip, file-system or command-line parser
    /// exception. No French exists for them, so the French text of these templates says in French what
    /// failed (and where, when the system tells) and leaves them out. Every other argument the English
    /// shows, the French shows too: an argument that is English text of this program (a YAML context
    /// such as "the tender", a reason) is a <see cref="MessageText"/> with its French equivalent. A test
    /// holds the templates to this list.
    /// </summary>
    public static IReadOnlySet<string> SystemTextArguments { get; } = new[]
    {
        "CLZ1002.unclosed:0", "manifest.xml:0",
        "CLZ2002:0", "CLZ2003:0", "CLZ2004:0",
        "CLZ4006.zip:0", "CLZ4006.inflate:1", "CLZ4006.unsupported:1", "CLZ4014:3", "CLZ7010.xml:1", "CLZ4019:1",
        "CLZ5102.json:0", "CLZ7001.json:0", "CLZ7001.json-error:0", "CLZ7001.unreadable:0",
        "CLZ6001.system:0", "CLZ6202:0", "CLZ6203:1",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// How many arguments a template takes: one more than its highest placeholder in either language
    /// (the French leaves out the arguments of <see cref="SystemTextArguments"/>, and may use one the
    /// English does not need, such as that error's type or line).
    /// </summary>
    public static int ArgumentCount(MessageText template) =>
        Math.Max(HighestPlaceholder(template.English), HighestPlaceholder(template.French)) + 1;

    private static int HighestPlaceholder(string template)
    {
        var highest = -1;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < template.Length && char.IsAsciiDigit(template[end]))
            {
                end++;
            }

            if (end > i + 1)
            {
                highest = Math.Max(highest, int.Parse(template.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture));
            }
        }

        return highest;
    }

    private static string Fill(string template, object?[] args, bool french)
    {
        var values = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            values[i] = args[i] is MessageText text ? (french ? text.French : text.English) : args[i];
        }

        return string.Format(french ? FrenchNumbers : CultureInfo.InvariantCulture, template, values);
    }

    /// <summary>
    /// The invariant culture with French number separators: the narrow no-break space between
    /// thousands and the decimal comma. Built here rather than taken from fr-FR so that every machine,
    /// whatever its ICU data, writes the same bytes.
    /// </summary>
    private static readonly CultureInfo FrenchNumbers = CreateFrenchNumbers();

    private static CultureInfo CreateFrenchNumbers()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberGroupSeparator = "\u202F";
        culture.NumberFormat.NumberDecimalSeparator = ",";
        return CultureInfo.ReadOnly(culture);
    }
}
