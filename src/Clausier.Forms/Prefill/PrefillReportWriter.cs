using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clausier.Forms.Library;
using Clausier.Forms.Output;

namespace Clausier.Forms.Prefill;

/// <summary>
/// The prefill report (docs/prefill.md): what was filled, what needs review, what is missing. JSON for
/// tools, English text for the command line, French text for the candidate (the web page's review list).
/// </summary>
public static class PrefillReportWriter
{
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Json(PrefillResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", FormatVersion);
            json.WriteString("file", result.File);
            json.WriteNumber("exitCode", result.ExitCode);
            json.WriteStartObject("summary");
            json.WriteNumber("points", result.Points.Count);
            json.WriteNumber("filled", result.Filled);
            json.WriteNumber("toReview", result.ToReview);
            json.WriteNumber("missing", result.Missing);
            json.WriteNumber("conflicts", result.Conflicts);
            json.WriteEndObject();
            json.WriteStartArray("points");
            foreach (var point in result.Points)
            {
                json.WriteStartObject();
                json.WriteString("pointId", point.PointId);
                json.WriteString("title", point.Title);
                json.WriteString("outcome", Code(point.Outcome));
                json.WriteString("source", point.Source);
                json.WriteString("sourceDate", point.SourceDate is { } d ? LibraryJson.Iso(d) : null);
                json.WriteString("change", point.Change);
                json.WriteStartArray("conflicts");
                point.ConflictSources.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteStartArray("notFilled");
                point.NotFilled.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("problems");
            foreach (var problem in result.Problems)
            {
                json.WriteStartObject();
                json.WriteString("code", problem.Code);
                json.WriteString("severity", ParseLabels.Code(problem.Severity));
                json.WriteString("pointId", problem.PointId);
                json.WriteString("message", problem.Message);
                json.WriteString("messageFr", problem.FrenchMessage);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>One line per point that needs the candidate, then a count line (English, for the terminal).</summary>
    public static string Text(PrefillResult result)
    {
        var text = new StringBuilder();
        foreach (var problem in result.Problems.Where(p => p.Severity != Core.Diagnostics.DiagnosticSeverity.Info))
        {
            text.AppendLine(problem.ToString());
        }

        if (result.Missing > 0)
        {
            text.AppendLine($"{result.File}: no previous answer for {string.Join(", ", result.Points.Where(p => p.Outcome == PrefillOutcome.Missing).Select(p => p.PointId))}");
        }

        text.AppendLine($"{result.File}: {result.Filled} filled, {result.ToReview} to review, {result.Missing} without previous answer, {result.Conflicts} conflict(s).");
        return text.ToString();
    }

    /// <summary>The review list in French, as the candidate downloads it from the web page.</summary>
    public static string French(PrefillResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Annexe préremplie\u00A0: {result.File}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{result.Filled} point(s) prérempli(s), {result.ToReview} à revoir, {result.Missing} sans réponse précédente, {result.Conflicts} conflit(s).");
        Section("À revoir (la clause a changé depuis votre réponse)", result.Points.Where(p => p.Outcome == PrefillOutcome.Review),
            p => $"{p.PointId} {p.Title}\u00A0: {p.Change} (réponse reprise de {p.Source}, {Date(p.SourceDate)}).");
        Section("Conflits (la réponse la plus récente a été retenue)", result.Points.Where(p => p.HasConflict),
            p => $"{p.PointId} {p.Title}\u00A0: réponse de {p.Source} ({Date(p.SourceDate)}) retenue\u00A0; autre(s) réponse(s)\u00A0: {string.Join(", ", p.ConflictSources)}.");
        Section("Champs non repris", result.Points.Where(p => p.NotFilled.Count > 0),
            p => $"{p.PointId} {p.Title}\u00A0: {string.Join("\u00A0; ", p.NotFilled)}.");
        Section("Sans réponse précédente (à remplir)", result.Points.Where(p => p.Outcome == PrefillOutcome.Missing),
            p => $"{p.PointId} {p.Title}");
        return text.ToString();

        void Section(string title, IEnumerable<PrefillPoint> points, Func<PrefillPoint, string> line)
        {
            var list = points.ToList();
            if (list.Count == 0)
            {
                return;
            }

            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{title}\u00A0:");
            foreach (var point in list)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {line(point)}");
            }
        }
    }

    public static string Code(PrefillOutcome outcome) => outcome switch
    {
        PrefillOutcome.Filled => "filled",
        PrefillOutcome.Review => "review",
        _ => "missing",
    };

    private static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "date inconnue";
}
