using System.Collections.Frozen;

namespace Clausier.Core.Diagnostics;

public static partial class MessageCatalogue
{
    /// <summary>
    /// Message templates (composite format, <c>{0}</c>, <c>{1}</c>…): the id, or the id, a dot and a
    /// variant when one id has several messages; lower-case keys are parts shared by several messages.
    /// French follows French typography (no-break spaces before « ; : ! ? » and after « « », the
    /// typographic apostrophe). One partial file per stage; a key given twice stops the program at start.
    /// </summary>
    public static IReadOnlyDictionary<string, MessageText> Templates { get; } = Merge(
        CatalogueTemplates(), LoadingTemplates(), TenderTemplates(), ImportTemplates(), TemplatingTemplates(), WordTemplates(),
        ReaderTemplates(), LibraryTemplates(), AnalysisTemplates(), CommandTemplates(), UsageTemplates(), WebTemplates(), ContextTemplates(), YamlTemplates());

    private static FrozenDictionary<string, MessageText> Merge(params Dictionary<string, MessageText>[] groups)
    {
        var all = new Dictionary<string, MessageText>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var (key, text) in group)
            {
                all.Add(key, text);
            }
        }

        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Catalogues and tenders (Clausier.Core).</summary>
    private static Dictionary<string, MessageText> CatalogueTemplates() => new(StringComparer.Ordinal)
    {
        ["suggestion"] = new(" Did you mean '{0}'?", " Vouliez-vous dire «\u00A0{0}\u00A0»\u00A0?"),

        ["CLZ1003.no-key"] = new("{0} has no '{1}'.", "La clé «\u00A0{1}\u00A0» est absente {0}."),
        ["CLZ1003.empty-key"] = new("'{1}' of {0} is empty.", "La clé «\u00A0{1}\u00A0» {0} est vide."),
        ["CLZ1003.empty-tender"] = new("The tender file is empty.", "Le fichier de la consultation est vide."),
        ["CLZ1003.lot-segment"] = new("Lot {0} has no 'segment', and the tender sets none.",
            "Le lot {0} n’a pas de segment, et la consultation n’en fixe aucun."),
        ["CLZ1003.no-lots"] = new("The tender has neither 'lots' nor a 'segment' for its single lot.",
            "La consultation n’a ni lots, ni segment pour son lot unique."),

        ["CLZ1202.lot"] = new("Lot {0} is listed twice.", "Le lot {0} figure deux fois."),
        ["CLZ1203.unknown"] = new("Lot {0}: unknown segment '{1}'.{2}", "Lot {0}\u00A0: segment inconnu «\u00A0{1}\u00A0».{2}"),
        ["CLZ1203.no-segments"] = new("Catalogue '{0}' declares no market segments: every point applies to lot {1}.",
            "Le catalogue «\u00A0{0}\u00A0» ne déclare aucun segment de marché\u00A0: tous ses points s’appliquent au lot {1}."),
        ["CLZ1204"] = new("Unknown control point '{0}'.{1}", "Point de contrôle inconnu\u00A0: «\u00A0{0}\u00A0».{1}"),
        ["CLZ1205"] = new("Unknown section '{0}'.{1}", "Section inconnue\u00A0: «\u00A0{0}\u00A0».{1}"),
        ["CLZ1206"] = new("Parameter '{0}' is not declared by catalogue '{1}' and is ignored.{2}",
            "Le paramètre «\u00A0{0}\u00A0» n’est pas déclaré par le catalogue «\u00A0{1}\u00A0»\u00A0; il est ignoré.{2}"),
        ["CLZ1220.text"] = new("Parameter '{0}' is '{1}', which is not some text.",
            "Le paramètre «\u00A0{0}\u00A0» vaut «\u00A0{1}\u00A0», ce qui n’est pas un texte."),
        ["CLZ1220.designation"] = new("Parameter '{0}' is '{1}', which is not a designation starting with its article (le, la, l', les), e.g. « le centre hospitalier de Montval ».",
            "Le paramètre «\u00A0{0}\u00A0» vaut «\u00A0{1}\u00A0», ce qui n’est pas une désignation précédée de son article (le, la, l', les), par exemple «\u00A0le centre hospitalier de Montval\u00A0»."),
        ["CLZ1220.contact"] = new("Parameter '{0}' is '{1}', which is not an e-mail address or a telephone number.",
            "Le paramètre «\u00A0{0}\u00A0» vaut «\u00A0{1}\u00A0», ce qui n’est pas une adresse électronique ou un numéro de téléphone."),
        ["CLZ1220.days"] = new("Parameter '{0}' is '{1}', which is not a whole number of days, e.g. 30.",
            "Le paramètre «\u00A0{0}\u00A0» vaut «\u00A0{1}\u00A0», ce qui n’est pas un nombre entier de jours, par exemple 30."),
        ["CLZ1220.months"] = new("Parameter '{0}' is '{1}', which is not a whole number of months, e.g. 3.",
            "Le paramètre «\u00A0{0}\u00A0» vaut «\u00A0{1}\u00A0», ce qui n’est pas un nombre entier de mois, par exemple 3."),
        ["CLZ1220.delay"] = new("Parameter '{0}' is '{1}', which is not a number and a unit (heures, jours, semaines or mois), e.g. « 15 jours ».",
            "Le paramètre «\u00A0{0}\u00A0» vaut «\u00A0{1}\u00A0», ce qui n’est pas un nombre et une unité (heures, jours, semaines ou mois), par exemple «\u00A015 jours\u00A0»."),
        ["CLZ1220.version"] = new("Parameter '{0}' is '{1}', which is not a version number, e.g. 1.2.",
            "Le paramètre «\u00A0{0}\u00A0» vaut «\u00A0{1}\u00A0», ce qui n’est pas un numéro de version, par exemple 1.2."),
        ["CLZ1221"] = new("Parameter '{0}' is '{1}', which demands less than the published référentiel ({2}). Keep {2} or stricter, or grant it on purpose under options.derogations with '- parameter: {0}' and a 'reason'.",
            "Le paramètre «\u00A0{0}\u00A0» vaut «\u00A0{1}\u00A0», ce qui est moins exigeant que le référentiel publié ({2}). Gardez {2} ou plus exigeant, ou accordez une dérogation motivée (options.derogations, «\u00A0- parameter: {0}\u00A0» et «\u00A0reason\u00A0»)."),
        ["CLZ1222"] = new("Parameter '{0}' reads « {1} » in the annex, which tells candidates nobody to write to: give an e-mail address or a telephone number ({2}).",
            "Le paramètre «\u00A0{0}\u00A0» vaut «\u00A0{1}\u00A0» dans l’annexe, ce qui ne dit pas au titulaire où écrire\u00A0: indiquez une adresse électronique ou un numéro de téléphone ({2})."),
        ["CLZ1144"] = new("The section weights add up to {0}, not the declared total {1}.",
            "Les points des sections totalisent {0}, et non la note maximale déclarée, {1}."),
        ["CLZ1145.point"] = new("The catalogue has no point '{0}'.{1}", "Le catalogue n’a pas de point «\u00A0{0}\u00A0».{1}"),
        ["CLZ1145.section"] = new("The catalogue has no section '{0}'.{1}", "Le catalogue n’a pas de section «\u00A0{0}\u00A0».{1}"),
        ["CLZ1146"] = new("Point {0} is weighted but informative: it is not scored.",
            "Le point {0} a un poids, mais il est pour information\u00A0: il n’est pas noté."),
        ["CLZ1147"] = new("No point of lot {0} is scored: every point is informative.",
            "Aucune exigence du lot {0} n’est notée\u00A0: toutes sont pour information."),
        ["CLZ1148.empty"] = new("Section {0} is weighted {1} but lot {2} has no scored point in it: no candidate can earn those points.",
            "La section {0} vaut {1}\u00A0points, mais le lot {2} n’y a aucune exigence notée\u00A0: aucun candidat ne peut obtenir ces points."),
        ["CLZ1148.unweighted"] = new("No weighted section holds the points of section(s) {0}: they are not scored (mandatory ones stay eliminatory).",
            "Aucune section pondérée ne contient les exigences des sections {0}\u00A0: elles ne sont pas notées (les obligatoires restent éliminatoires)."),
        ["CLZ1208"] = new("No control point applies to lot {0} (segment '{1}').",
            "Aucun point de contrôle ne s’applique au lot {0} (segment «\u00A0{1}\u00A0»)."),
    };

    /// <summary>" Did you mean 'x'?" in both languages when a candidate is close, else nothing.</summary>
    public static MessageText Suggestion(string? closest) => closest is null ? MessageText.Empty : Format("suggestion", closest);
}
