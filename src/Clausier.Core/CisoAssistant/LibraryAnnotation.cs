using Clausier.Core.Model;

namespace Clausier.Core.CisoAssistant;

/// <summary>
/// The <c>annotation</c> of a point in our library: one "Label : value" line per field a CISO Assistant
/// node has no place for (answer type, condition, references, edition), so that <c>catalogue import</c>
/// gives back the point the library was written from.
/// </summary>
public sealed record LibraryAnnotation(AnswerType? AnswerType, string? Condition, IReadOnlyList<string> References, int? Edition)
{
    public const string AnswerTypeLabel = "Réponse attendue";
    public const string ConditionLabel = "Condition";
    public const string ReferencesLabel = "Références";
    public const string EditionLabel = "Édition";

    /// <summary>The lines of <paramref name="annotation"/> that follow the layout; anything else is ignored.</summary>
    public static LibraryAnnotation Parse(string? annotation)
    {
        Model.AnswerType? type = null;
        string? condition = null;
        var references = new List<string>();
        int? edition = null;
        foreach (var line in (annotation ?? "").Split('\n'))
        {
            var cut = line.IndexOf(" : ", StringComparison.Ordinal);
            if (cut < 0)
            {
                continue;
            }

            var value = line[(cut + 3)..].Trim();
            switch (line[..cut].Trim())
            {
                case AnswerTypeLabel when AnswerTypes.TryParse(value, out var parsed):
                    type = parsed;
                    break;
                case ConditionLabel when value.Length > 0:
                    condition = value;
                    break;
                case ReferencesLabel:
                    references.AddRange(value.Split(" ; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case EditionLabel when int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var year):
                    edition = year;
                    break;
            }
        }

        return new LibraryAnnotation(type, condition, references, edition);
    }
}
