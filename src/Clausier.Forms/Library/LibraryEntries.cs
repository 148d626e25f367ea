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
            return (null, new Problem(LibraryCodes.AnnexUnreadable, DiagnosticSeverity.Error, null,
                $"the annex cannot be read, nothing added from it: {reason?.Message ?? "unreadable"}", new FileLocation(annex.File),
                $"l'annexe ne peut pas être lue, rien n'en a été ajouté : {reason?.FrenchMessage ?? "fichier illisible"}"));
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
                throw new FormatException("this JSON is not the output of clausier parse (no \"files\" array)");
            }

            foreach (var file in files.EnumerateArray())
            {
                var source = Path.GetFileName(LibraryJson.String(file, "file") ?? displayName);
                if (!file.TryGetProperty("readable", out var readable) || readable.ValueKind != JsonValueKind.True)
                {
                    problems.Add(Unreadable(displayName, $"{source} was not readable when parsed; nothing added from it",
                        $"{source} n'était pas lisible lors de la lecture ; rien n'en a été ajouté"));
                    continue;
                }

                entries.Add(FromParsedFile(file, source, product, date, fallbackDate));
            }
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            problems.Add(Unreadable(displayName, $"not usable as parse JSON: {ex.Message}",
                $"ce fichier JSON n'est pas une sortie de « clausier parse » utilisable : {ex.Message}"));
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
                var answer = new LibraryAnswer(LibraryJson.String(item, "pointId") ?? throw new FormatException("an answer has no pointId"),
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

    private static Problem Unreadable(string file, string message, string messageFr) =>
        new(LibraryCodes.EntryUnreadable, DiagnosticSeverity.Error, null, message, new FileLocation(file), messageFr);
}
