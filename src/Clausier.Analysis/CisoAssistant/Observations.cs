using System.Globalization;
using System.Text;
using Clausier.Core.Annex;
using Clausier.Core.Forms;
using Clausier.Forms;

namespace Clausier.Analysis.CisoAssistant;

/// <summary>
/// The <c>observations</c> text of a requirement: who answered in which file for which consultation,
/// then one "Label : value" line per field the candidate filled, then the reader's alerts on the point.
/// The layout is stable so that a hospital can search or parse it (docs/ciso-assistant.md).
/// </summary>
internal static class Observations
{
    public static string Heading(string candidate, string file, AnnexIdentity? identity)
    {
        var heading = new StringBuilder($"Réponse de {candidate} (offre {Path.GetFileName(file)}");
        if (identity is not null)
        {
            heading.Append($", consultation {identity.TenderReference}");
            heading.Append(identity.Lot == "unique" ? ", lot unique" : $", lot {identity.Lot}");
        }

        return heading.Append(')').ToString();
    }

    public static string For(string heading, PointAnswer? answer, IReadOnlyList<Problem> problems)
    {
        var text = new StringBuilder(heading);
        Line(text, "Statut", answer?.Status is { } status ? FormContract.StatusText(status) : "sans réponse");
        Line(text, "Réponse", answer?.Answer);
        Line(text, "Justificatifs", answer?.Evidence);
        Line(text, "Date de mise en conformité", answer?.Date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        foreach (var problem in problems)
        {
            Line(text, "Alerte", $"{problem.FrenchMessage} ({problem.Code})");
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            // U+202F before the colon, as French typography wants.
            text.Append('\n').Append(label).Append("\u202F: ").Append(value.Trim());
        }
    }
}
