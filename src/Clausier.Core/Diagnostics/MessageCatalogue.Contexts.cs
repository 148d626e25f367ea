namespace Clausier.Core.Diagnostics;

public static partial class MessageCatalogue
{
    /// <summary>
    /// Where in a file a value sits, placed in the messages of the YAML readers, the section files and
    /// the library importer ("'name' of 'buyer' of the tender"). The English is a noun phrase; the
    /// French is the same place as a complement introduced by « de » (« de «&#160;name&#160;» de
    /// «&#160;buyer&#160;» de la consultation », « d’un lot », « du point O-7.2 »), so that French
    /// templates append it to the noun they qualify without caring about elision.
    /// </summary>
    private static Dictionary<string, MessageText> ContextTemplates() => new(StringComparer.Ordinal)
    {
        ["context.key"] = new("'{0}' of {1}", "de «\u00A0{0}\u00A0» {1}"),
        ["context.quoted"] = new("'{0}'", "de «\u00A0{0}\u00A0»"),
        ["context.each-entry"] = new("Each entry of '{0}'", "de chaque entrée de «\u00A0{0}\u00A0»"),
        ["context.point"] = new("Point {0}", "du point {0}"),
        ["context.section"] = new("Section {0}", "de la section {0}"),
        ["context.parameter-value"] = new("Parameter '{0}'", "du paramètre «\u00A0{0}\u00A0»"),
        ["context.named-parameter"] = new("parameter '{0}'", "du paramètre «\u00A0{0}\u00A0»"),

        // Tenders and batch manifests
        ["context.tender"] = new("the tender", "de la consultation"),
        ["context.lot"] = new("a lot", "d’un lot"),
        ["context.derogation"] = new("a derogation", "d’une dérogation"),
        ["context.lot-segment"] = new("'segment' (one segment id such as saas, not a list: give each segment its own lot)",
            "de «\u00A0segment\u00A0» (un seul identifiant de segment, comme saas, et non une liste\u00A0: donnez à chaque segment son propre lot)"),
        ["context.batch-manifest"] = new("the batch manifest", "du manifeste de production"),
        ["context.tender-entry"] = new("tender entry {0}", "de l’entrée de consultation {0}"),

        // catalogue.yml and its evaluation settings
        ["context.catalogue-yml"] = new("catalogue.yml", "de catalogue.yml"),
        ["context.parameter"] = new("a parameter", "d’un paramètre"),
        ["context.segment"] = new("a segment", "d’un segment"),
        ["context.segment-option"] = new("a segment option", "d’une option de segment"),
        ["context.section-weight"] = new("the weight of section {0}", "du poids de la section {0}"),
        ["context.point-weight"] = new("the weight of point {0}", "du poids du point {0}"),
        ["context.scale"] = new("the scale", "du barème"),

        // A buyer's decisions on the offers (Clausier.Analysis)
        ["context.decisions-file"] = new("the decisions file", "du fichier des décisions"),
        ["context.decision"] = new("a decision", "d’une décision"),

        // CISO Assistant: correspondence overrides and imported libraries
        ["context.correspondence"] = new("A correspondence entry", "d’une entrée de correspondance"),
        ["context.library"] = new("the library", "du référentiel"),
        ["context.framework"] = new("the framework", "du cadre d’exigences (framework)"),
        ["context.requirement-node"] = new("a requirement node", "d’un nœud d’exigence"),
        ["context.implementation-group"] = new("an implementation group", "d’un groupe de mise en œuvre"),
        ["context.question"] = new("a question", "d’une question"),
        ["context.choice"] = new("a choice", "d’un choix"),

        // Where a returned annex's problem sits, as the buyer counts tables, rows and columns in Word
        ["location.table"] = new("table {0}", "tableau {0}"),
        ["location.cell"] = new("table {0}, row {1}, column {2}", "tableau {0}, ligne {1}, colonne {2}"),
    };
}
