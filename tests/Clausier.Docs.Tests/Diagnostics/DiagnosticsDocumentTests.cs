using System.Text.RegularExpressions;

namespace Clausier.Docs.Tests.Diagnostics;

/// <summary>docs/diagnostics.md lists every diagnostic id the code declares, and only those.</summary>
public partial class DiagnosticsDocumentTests
{
    private static readonly DiagnosticsPage Page = DiagnosticsPage.Load();

    [Fact]
    public void The_code_declares_ids_of_every_stage()
    {
        foreach (var stage in new[] { "CLZ1", "CLZ2", "CLZ3", "CLZ4", "CLZ5" })
        {
            Assert.Contains(DeclaredIds.All.Keys, id => id.StartsWith(stage, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_id_declared_in_the_code_has_a_heading_or_a_table_row_in_diagnostics_md()
    {
        var missing = DeclaredIds.All
            .Where(id => !Page.Documented.Contains(id.Key))
            .Select(id => $"{id.Key} ({id.Value})")
            .ToList();

        Assert.True(missing.Count == 0,
            $"docs/diagnostics.md does not document {missing.Count} id(s); add a '### CLZnnnn Title' entry for each:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_id_in_diagnostics_md_is_declared_in_the_code()
    {
        var unknown = Page.Mentioned()
            .Where(id => !DeclaredIds.All.ContainsKey(id.Key))
            .Select(id => $"docs/diagnostics.md:{id.Value}: {id.Key}")
            .ToList();

        Assert.True(unknown.Count == 0, "docs/diagnostics.md names ids no source file declares:\n" + string.Join('\n', unknown));
    }

    [Fact]
    public void Every_entry_gives_the_severity_an_example_line_as_printed_and_the_fix()
    {
        var incomplete = new List<string>();
        foreach (var entry in Page.Entries.Values.Where(e => !e.IsReserved))
        {
            var where = $"docs/diagnostics.md:{entry.Line}: {entry.Id}";
            if (!Severity().IsMatch(entry.Text))
            {
                incomplete.Add($"{where}: no severity (a paragraph starting with **Error**, **Warning** or **Info**)");
            }

            var printed = new Regex($@"(^|\s)(error|warning|info) {entry.Id}: \S");
            if (!entry.Blocks.Any(b => b.Info == "text" && b.Lines.Any(l => printed.IsMatch(l.Text))))
            {
                incomplete.Add($"{where}: no ```text block with a line as the tool prints it ('… error {entry.Id}: …')");
            }

            if (!entry.Text.Contains("**Fix:**", StringComparison.Ordinal) && !entry.Text.Contains("**Fix**", StringComparison.Ordinal))
            {
                incomplete.Add($"{where}: no **Fix:** paragraph");
            }
        }

        Assert.True(incomplete.Count == 0, string.Join('\n', incomplete));
    }

    [Fact]
    public void No_id_has_two_entries()
    {
        var headings = Page.File.Headings.Select(h => h.Text.Split(' ')[0]).Where(t => t.StartsWith("CLZ", StringComparison.Ordinal));

        var twice = headings.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(twice);
    }

    [GeneratedRegex(@"^\*\*(Error|Warning|Info)\b", RegexOptions.Multiline)]
    private static partial Regex Severity();
}
