using System.Collections.Frozen;

namespace Clausier.Core.Diagnostics;

public static partial class MessageCatalogue
{
    /// <summary>
    /// Message templates (composite format, <c>{0}</c>, <c>{1}</c>…): the id, or the id, a dot and a
    /// variant when one id has several messages; lower-case keys are parts shared by several messages.
    /// French follows French typography (no-break spaces before « ; : ! ? » and after « « »).
    /// </summary>
    public static IReadOnlyDictionary<string, MessageText> Templates { get; } = new Dictionary<string, MessageText>(StringComparer.Ordinal)
    {
        ["suggestion"] = new(" Did you mean '{0}'?", " Vouliez-vous dire «\u00A0{0}\u00A0»\u00A0?"),

        ["CLZ1003.no-key"] = new("{0} has no '{1}'.", "La clé «\u00A0{1}\u00A0» est absente."),
        ["CLZ1003.empty-key"] = new("'{1}' of {0} is empty.", "La clé «\u00A0{1}\u00A0» est vide."),
        ["CLZ1003.empty-tender"] = new("The tender file is empty.", "Le fichier de la consultation est vide."),
        ["CLZ1003.lot-segment"] = new("Lot {0} has no 'segment', and the tender sets none.",
            "Le lot {0} n'a pas de segment, et la consultation n'en fixe aucun."),
        ["CLZ1003.no-lots"] = new("The tender has neither 'lots' nor a 'segment' for its single lot.",
            "La consultation n'a ni lots, ni segment pour son lot unique."),

        ["CLZ1202.lot"] = new("Lot {0} is listed twice.", "Le lot {0} figure deux fois."),
        ["CLZ1203.unknown"] = new("Lot {0}: unknown segment '{1}'.{2}", "Lot {0}\u00A0: segment inconnu «\u00A0{1}\u00A0».{2}"),
        ["CLZ1203.no-segments"] = new("Catalogue '{0}' declares no market segments: every point applies to lot {1}.",
            "Le catalogue «\u00A0{0}\u00A0» ne déclare aucun segment de marché\u00A0: tous ses points s'appliquent au lot {1}."),
        ["CLZ1204"] = new("Unknown control point '{0}'.{1}", "Point de contrôle inconnu\u00A0: «\u00A0{0}\u00A0».{1}"),
        ["CLZ1205"] = new("Unknown section '{0}'.{1}", "Section inconnue\u00A0: «\u00A0{0}\u00A0».{1}"),
        ["CLZ1206"] = new("Parameter '{0}' is not declared by catalogue '{1}' and is ignored.{2}",
            "Le paramètre «\u00A0{0}\u00A0» n'est pas déclaré par le catalogue «\u00A0{1}\u00A0»\u00A0; il est ignoré.{2}"),
        ["CLZ1208"] = new("No control point applies to lot {0} (segment '{1}').",
            "Aucun point de contrôle ne s'applique au lot {0} (segment «\u00A0{1}\u00A0»)."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>" Did you mean 'x'?" in both languages when a candidate is close, else nothing.</summary>
    public static MessageText Suggestion(string? closest) => closest is null ? MessageText.Empty : Format("suggestion", closest);
}
