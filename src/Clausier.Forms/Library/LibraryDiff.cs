using System.Text;
using Clausier.Core.Forms;
using Clausier.Core.Model;

namespace Clausier.Forms.Library;

/// <summary>How one point's answer differs between two versions of a product's answers.</summary>
/// <param name="Fields">The fields that differ (<c>status</c>, <c>answer</c>, <c>evidence</c>, <c>date</c>, <c>clause</c>); empty when added or removed.</param>
public sealed record AnswerChange(string PointId, LibraryAnswer? Old, LibraryAnswer? New, IReadOnlyList<string> Fields);

/// <summary>
/// Compares two versions of a product's answers (<c>clausier library diff</c>). A version is chosen by a
/// date prefix (<c>2025</c>, <c>2025-03</c>, <c>2025-03-02</c>) or a source file name; when several entries
/// match, each point takes the newest of their answers.
/// </summary>
public sealed record LibraryDiff(string From, string To, IReadOnlyList<LibraryEntry> FromEntries, IReadOnlyList<LibraryEntry> ToEntries,
    IReadOnlyList<AnswerChange> Changes, int Unchanged)
{
    /// <param name="entries">The product's entries (<see cref="AnswerLibrary.For"/>).</param>
    public static LibraryDiff Compare(IReadOnlyList<LibraryEntry> entries, string from, string to)
    {
        var oldEntries = Select(entries, from);
        var newEntries = Select(entries, to);
        var before = Latest(oldEntries);
        var after = Latest(newEntries);
        var changes = new List<AnswerChange>();
        var unchanged = 0;
        foreach (var id in before.Keys.Union(after.Keys).Order(SectionNumberComparer.Instance))
        {
            before.TryGetValue(id, out var old);
            after.TryGetValue(id, out var @new);
            if (old is null || @new is null)
            {
                changes.Add(new AnswerChange(id, old, @new, []));
                continue;
            }

            var fields = Differences(old, @new);
            if (fields.Count == 0)
            {
                unchanged++;
            }
            else
            {
                changes.Add(new AnswerChange(id, old, @new, fields));
            }
        }

        return new LibraryDiff(from, to, oldEntries, newEntries, changes, unchanged);
    }

    /// <summary>Entries matching a version selector: date prefix or source file name.</summary>
    public static IReadOnlyList<LibraryEntry> Select(IReadOnlyList<LibraryEntry> entries, string selector) =>
        [.. entries.Where(e => LibraryJson.Iso(e.Date).StartsWith(selector, StringComparison.Ordinal)
            || string.Equals(e.Source, selector, StringComparison.OrdinalIgnoreCase)).Order(LibraryEntry.NewestFirst)];

    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine($"{From}: {Describe(FromEntries)}");
        text.AppendLine($"{To}: {Describe(ToEntries)}");
        foreach (var change in Changes)
        {
            if (change.Old is null)
            {
                text.AppendLine($"+ {change.PointId}: {Summary(change.New!)}");
            }
            else if (change.New is null)
            {
                text.AppendLine($"- {change.PointId}: {Summary(change.Old)}");
            }
            else
            {
                text.AppendLine($"~ {change.PointId} ({string.Join(", ", change.Fields)})");
                foreach (var field in change.Fields.Where(f => f != "clause"))
                {
                    text.AppendLine($"    {field}: {Show(Value(change.Old, field))} → {Show(Value(change.New, field))}");
                }

                if (change.Fields.Contains("clause"))
                {
                    text.AppendLine("    clause: the clause answered has changed");
                }
            }
        }

        var added = Changes.Count(c => c.Old is null);
        var removed = Changes.Count(c => c.New is null);
        text.AppendLine($"{Changes.Count - added - removed} changed, {added} added, {removed} removed, {Unchanged} unchanged.");
        return text.ToString();
    }

    private static Dictionary<string, LibraryAnswer> Latest(IReadOnlyList<LibraryEntry> newestFirst)
    {
        var result = new Dictionary<string, LibraryAnswer>(StringComparer.Ordinal);
        foreach (var entry in newestFirst)
        {
            foreach (var answer in entry.Answers)
            {
                result.TryAdd(answer.PointId, answer);
            }
        }

        return result;
    }

    private static List<string> Differences(LibraryAnswer old, LibraryAnswer @new)
    {
        var fields = new List<string>();
        foreach (var field in (string[])["status", "answer", "evidence", "date"])
        {
            if (!string.Equals(Value(old, field), Value(@new, field), StringComparison.Ordinal))
            {
                fields.Add(field);
            }
        }

        if (old.ClauseSha256 is not null && @new.ClauseSha256 is not null && !string.Equals(old.ClauseSha256, @new.ClauseSha256, StringComparison.OrdinalIgnoreCase))
        {
            fields.Add("clause");
        }

        return fields;
    }

    private static string? Value(LibraryAnswer answer, string field) => field switch
    {
        "status" => answer.Status is { } s ? FormContract.StatusText(s) : null,
        "answer" => answer.Answer,
        "evidence" => answer.Evidence,
        _ => answer.Date is { } d ? LibraryJson.Iso(d) : null,
    };

    private static string Show(string? value) => value is null ? "(empty)" : $"\"{value.Replace("\n", "\\n", StringComparison.Ordinal)}\"";

    private static string Summary(LibraryAnswer answer) =>
        string.Join(", ", new[] { Value(answer, "status"), answer.Answer?.Split('\n')[0] }.Where(v => !string.IsNullOrEmpty(v)));

    private static string Describe(IReadOnlyList<LibraryEntry> entries) => entries.Count == 0
        ? "no entry"
        : string.Join(", ", entries.Select(e => $"{e.Source} ({LibraryJson.Iso(e.Date)})"));
}
