using System.Text.Json;
using Clausier.Core.Diagnostics;

namespace Clausier.Forms.Library;

/// <summary>Makes library entries from what a candidate already returned: a read annex, the JSON <c>clausier parse</c> wrote, or any such file (<c>LibraryEntries.Files.cs</c>).</summary>
public static partial class LibraryEntries
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    /// <param name="clauses">Normalised clause text by point id (<see cref="AnnexReader.ReadClauseTexts(string)"/>), kept so a later review can say what changed.</param>
    /// <param name="date">The date of the answers; null: the annex's signature date, else <paramref name="fallbackDate"/>.</param>
    /// <returns>The entry, or null with the reason when the annex cannot be used.</returns>
    public static (LibraryEntry? Entry, Problem? Problem) FromAnnex(ParsedAnnex annex, IReadOnlyDictionary<string, string> clauses,
        string product, DateOnly? date, DateOnly fallbackDate)
    {
        var name = Path.GetFileName(annex.File);
        if (!annex.Readable)
        {
            var reason = annex.Problems.FirstOrDefault(p => p.IsError);
            return (null, Problem.Of(DiagnosticSeverity.Error, "CLZ7002", null, new FileLocation(annex.File),
                reason?.Text ?? MessageCatalogue.Format("CLZ7002.unreadable")));
        }

        var answers = annex.Answers
            .Select(a => new LibraryAnswer(a.PointId, a.ClauseSha256, a.Status, a.Answer, a.Evidence, a.Date,
                clauses.TryGetValue(a.PointId, out var clause) ? clause : null))
            .Where(a => !a.IsEmpty)
            .ToList();
        var document = annex.Document;
        return (new LibraryEntry(product, date ?? annex.Candidate.Date ?? fallbackDate, name, document?.TenderReference, document?.Lot,
            document?.CatalogueVersion, answers), null);
    }

    /// <summary>One entry per readable annex of a <c>clausier parse --format json</c> output.</summary>
    public static (IReadOnlyList<LibraryEntry> Entries, IReadOnlyList<Problem> Problems) FromParseJson(Stream json, string displayName,
        string product, DateOnly? date, DateOnly fallbackDate)
    {
        var entries = new List<LibraryEntry>();
        var problems = new List<Problem>();
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            {
                throw LibraryFormatException.Of("CLZ7001.no-files");
            }

            foreach (var file in files.EnumerateArray())
            {
                var source = Path.GetFileName(LibraryJson.String(file, "file") ?? displayName);
                if (!file.TryGetProperty("readable", out var readable) || readable.ValueKind != JsonValueKind.True)
                {
                    problems.Add(Unreadable(displayName, "CLZ7001.not-parsed", source));
                    continue;
                }

                entries.Add(FromParsedFile(file, source, product, date, fallbackDate));
            }
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            problems.Add(Unreadable(displayName, "CLZ7001.parse-json", LibraryFormatException.ReasonOf(ex)));
            entries.Clear();
        }

        return (entries, problems);
    }

    private static LibraryEntry FromParsedFile(JsonElement file, string source, string product, DateOnly? date, DateOnly fallbackDate)
    {
        var answers = new List<LibraryAnswer>();
        if (file.TryGetProperty("answers", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                var answer = new LibraryAnswer(LibraryJson.String(item, "pointId") ?? throw LibraryFormatException.Of("CLZ7001.no-point-id"),
                    LibraryJson.String(item, "clauseSha256"), LibraryJson.Status(LibraryJson.String(item, "status")),
                    LibraryJson.String(item, "answer"), LibraryJson.String(item, "evidence"), LibraryJson.Date(LibraryJson.String(item, "date")));
                if (!answer.IsEmpty)
                {
                    answers.Add(answer);
                }
            }
        }

        file.TryGetProperty("document", out var document);
        file.TryGetProperty("candidate", out var candidate);
        var catalogue = document.ValueKind == JsonValueKind.Object && document.TryGetProperty("catalogue", out var c) ? c : default;
        return new LibraryEntry(product, date ?? LibraryJson.Date(LibraryJson.String(candidate, "date")) ?? fallbackDate, source,
            LibraryJson.String(document, "tenderReference"), LibraryJson.String(document, "lot"), LibraryJson.String(catalogue, "version"), answers);
    }

    private static Problem Unreadable(string file, string key, params object?[] args) =>
        Problem.Of(DiagnosticSeverity.Error, key, null, new FileLocation(file), args);
}
