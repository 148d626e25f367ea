using Clausier.Core.Model;
using Clausier.Core.Tenders;

namespace Clausier.Core.Evaluation;

/// <summary>
/// Importance of the points as a catalogue or a tender declares it: a default, then by answer type,
/// then by section (the most specific section wins), then by point. Later layers win.
/// </summary>
/// <param name="Default">Null when this layer sets no default (a tender keeps the catalogue's).</param>
public sealed record ImportanceRules(
    Located<Importance>? Default,
    IReadOnlyDictionary<AnswerType, Located<Importance>> ByAnswerType,
    IReadOnlyDictionary<string, Located<Importance>> Sections,
    IReadOnlyDictionary<string, Located<Importance>> Points)
{
    public static ImportanceRules None { get; } = new(null,
        new Dictionary<AnswerType, Located<Importance>>(),
        new Dictionary<string, Located<Importance>>(StringComparer.Ordinal),
        new Dictionary<string, Located<Importance>>(StringComparer.Ordinal));

    /// <summary>The importance this layer gives the point, and why in French; null when it says nothing of it.</summary>
    public (Importance Value, string Reason)? For(ControlPoint point, string layer)
    {
        if (Points.TryGetValue(point.Id, out var byPoint))
        {
            return (byPoint.Value, $"{layer}, point {point.Id}");
        }

        var section = point.SectionNumber;
        while (section.Length > 0)
        {
            if (Sections.TryGetValue(section, out var bySection))
            {
                return (bySection.Value, $"{layer}, section {section}");
            }

            var dot = section.LastIndexOf('.');
            section = dot > 0 ? section[..dot] : "";
        }

        if (ByAnswerType.TryGetValue(point.AnswerType, out var byType))
        {
            return (byType.Value, $"{layer}, réponse attendue « {point.AnswerType.ToWritten()} »");
        }

        return Default is { } value ? (value.Value, $"{layer}, valeur par défaut") : null;
    }
}
