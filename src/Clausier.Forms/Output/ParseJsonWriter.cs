using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;

namespace Clausier.Forms.Output;

/// <summary>
/// Writes a <see cref="ParseRun"/> as JSON following docs/parse-output.schema.json. Every property is
/// always written (null when unknown) so consumers need no existence checks; text is written as read.
/// </summary>
public static class ParseJsonWriter
{
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Accents stay readable; the relaxed encoder still escapes control characters and quotes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(ParseRun run, Stream output)
    {
        ArgumentNullException.ThrowIfNull(run);
        Write(run.Files, output);
    }

    /// <summary>
    /// Writes each file as it comes, so that a run of any length is never held whole; the run's exit
    /// code, known only once every file is read, follows the files.
    /// </summary>
    /// <returns>The run's exit code (<see cref="ParseExitCode"/>).</returns>
    public static int Write(IEnumerable<ParsedAnnex> files, Stream output)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteNumber("formatVersion", FormatVersion);
        json.WriteStartArray("files");
        var exitCode = ParseExitCode.Ok;
        foreach (var file in files)
        {
            WriteFile(json, file);
            exitCode = Math.Max(exitCode, file.ExitCode);

            // The writer buffers until flushed: each file goes to the output before the next is read.
            json.Flush();
        }

        json.WriteEndArray();
        json.WriteNumber("exitCode", exitCode);
        json.WriteEndObject();
        return exitCode;
    }

    public static string ToJson(ParseRun run)
    {
        using var stream = new MemoryStream();
        Write(run, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteFile(Utf8JsonWriter json, ParsedAnnex file)
    {
        json.WriteStartObject();
        json.WriteString("file", file.File);
        json.WriteBoolean("readable", file.Readable);
        json.WriteNumber("exitCode", file.ExitCode);
        WriteDocument(json, file.Document);
        WriteCandidate(json, file.Candidate);
        json.WriteStartArray("answers");
        foreach (var answer in file.Answers)
        {
            WriteAnswer(json, answer);
        }

        json.WriteEndArray();
        json.WriteStartArray("problems");
        foreach (var problem in file.Problems)
        {
            WriteProblem(json, problem);
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("points", file.Answers.Count);
        json.WriteNumber("answered", file.Answers.Count(a => a.Status is not null || a.Answer is not null));
        json.WriteNumber("errors", file.Problems.Count(p => p.Severity == DiagnosticSeverity.Error));
        json.WriteNumber("warnings", file.Problems.Count(p => p.Severity == DiagnosticSeverity.Warning));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, AnnexDocument? document)
    {
        if (document is null)
        {
            json.WriteNull("document");
            return;
        }

        json.WriteStartObject("document");
        json.WriteString("source", ParseLabels.Code(document.Source));
        json.WriteString("tenderReference", document.TenderReference);
        json.WriteString("lot", document.Lot);
        json.WriteString("lotTitle", document.LotTitle);
        json.WriteString("segment", document.Segment);
        json.WriteString("buyer", document.Buyer);
        json.WriteStartObject("catalogue");
        json.WriteString("id", document.CatalogueId);
        json.WriteString("name", document.CatalogueName);
        json.WriteString("version", document.CatalogueVersion);
        json.WriteEndObject();
        json.WriteString("template", document.Template);
        json.WriteStartObject("generator");
        json.WriteString("name", document.Generator);
        json.WriteString("version", document.GeneratorVersion);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteCandidate(Utf8JsonWriter json, CandidateInfo candidate)
    {
        json.WriteStartObject("candidate");
        json.WriteString("company", candidate.Company);
        json.WriteString("siret", candidate.Siret);
        json.WriteString("consortium", candidate.ConsortiumMembers);
        json.WriteString("lead", candidate.LeadMember);
        json.WriteString("signatory", candidate.Signatory);
        json.WriteString("role", candidate.Role);
        WriteDate(json, "date", candidate.Date);
        json.WriteEndObject();
    }

    private static void WriteAnswer(Utf8JsonWriter json, PointAnswer answer)
    {
        json.WriteStartObject();
        json.WriteString("pointId", answer.PointId);
        json.WriteString("title", answer.Title);
        // What the answer was given to: an answer library tells an unchanged clause from a changed one by it.
        json.WriteString("clauseSha256", answer.ClauseSha256);
        json.WriteString("status", answer.Status is { } s ? FormContract.StatusCode(s) : null);
        json.WriteString("answer", answer.Answer);
        json.WriteString("evidence", answer.Evidence);
        WriteDate(json, "date", answer.Date);
        json.WriteString("source", ParseLabels.Code(answer.Source));
        json.WriteStartObject("fieldSources");
        foreach (var (field, source) in answer.FieldSources.OrderBy(f => f.Key))
        {
            json.WriteString(ParseLabels.FieldCode(field), ParseLabels.Code(source));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteProblem(Utf8JsonWriter json, Problem problem)
    {
        json.WriteStartObject();
        json.WriteString("code", problem.Code);
        json.WriteString("severity", ParseLabels.Code(problem.Severity));
        json.WriteString("pointId", problem.PointId);
        json.WriteString("message", problem.Message);
        json.WriteString("messageFr", problem.FrenchMessage);
        if (problem.Location is PackageLocation location)
        {
            json.WriteStartObject("location");
            json.WriteString("part", location.PartUri);
            json.WriteString("xpath", location.XPath);
            json.WriteString("detail", location.Detail);
            json.WriteString("detailFr", location.DetailFr);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("location");
        }

        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date) =>
        json.WriteString(name, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
