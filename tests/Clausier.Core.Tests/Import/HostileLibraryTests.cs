using System.Diagnostics;
using System.Text;
using Clausier.Core.Diagnostics;
using Clausier.Core.Import;
using Clausier.Core.Model;

namespace Clausier.Core.Tests.Import;

/// <summary>Malformed and hostile files: each gives a located diagnostic, never an exception.</summary>
public sealed class HostileLibraryTests : IDisposable
{
    private const string Header = """
        urn: urn:test:library:hostile
        name: Hostile
        version: 1
        publication_date: 2025-01-01
        objects:
          framework:
            urn: urn:test:framework:hostile
            name: Hostile
            requirement_nodes:

        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Result<Catalogue> Import(string text, ImportOptions? options = null) =>
        CisoAssistantImporter.Load(_temp.File("library.yaml", text), options);

    private static string Node(string urn, string? refId, bool assessable, string? parent = null, string? extra = null) =>
        $"""
            - urn: {urn}
              assessable: {(assessable ? "true" : "false")}
        {(refId is null ? "" : $"      ref_id: '{refId}'\n")}{(parent is null ? "" : $"      parent_urn: {parent}\n")}      description: Texte de {urn}.
        {extra ?? ""}
        """;

    [Fact]
    public void Syntax_error_is_reported_at_its_line_and_column()
    {
        var result = Import(Header + "    - urn: a\n      name: [unclosed\n      assessable: true\n");

        Assert.Null(result.Value);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.ImportYamlSyntax, error.Id);
        var location = Assert.IsType<TextLocation>(error.Location);
        Assert.Equal(10, location.Line);
        Assert.Matches(@"library\.yaml\(11,\d+\): error CLZ1303: YAML syntax error: ", error.ToString());
    }

    [Fact]
    public void File_cut_inside_a_flow_collection_is_a_syntax_error()
    {
        var result = Import(Header + "    - urn: a\n      assessable: [true, false");

        Assert.Null(result.Value);
        Assert.Equal(DiagnosticIds.ImportYamlSyntax, Assert.Single(result.Diagnostics).Id);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("- just\n- a list\n", "not a mapping")]
    [InlineData("urn: x\nname: y\n", "no 'objects' key")]
    [InlineData("urn: x\nobjects:\n  risk_matrix:\n    urn: m\n", "risk_matrix, not a framework")]
    [InlineData("urn: x\nobjects:\n  framework:\n    urn: f\n", "no 'requirement_nodes' list")]
    public void Unknown_format_is_explained(string text, string explanation)
    {
        var result = Import(text);

        Assert.Null(result.Value);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.ImportUnknownFormat, error.Id);
        Assert.Contains(explanation, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ref_id_is_an_error_and_both_points_are_kept()
    {
        var result = Import(Header + Node("s", "1", false) + Node("a", "O-1.1", true, "s") + Node("b", "O-1.1", true, "s"));

        var error = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ImportDuplicateRefId);
        Assert.True(error.IsError);
        Assert.Equal(18, ((TextLocation)error.Location!).Line);
        Assert.Equal(["O-1.1", "O-1.2"], result.Value!.AllPoints().Select(p => p.Id));
    }

    [Fact]
    public void Parent_cycle_is_reported_once_and_its_nodes_are_left_out()
    {
        var result = Import(Header + Node("s", "1", false) + Node("ok", "O-1.1", true, "s")
            + Node("x", "2", false, "z") + Node("y", "2.1", false, "x") + Node("z", "2.1.1", false, "y") + Node("under", "O-2.1.1.1", true, "z"));

        var error = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ImportParentCycle);
        Assert.Contains("2 → 2.1.1 → 2.1 → 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("and the 1 below them", error.Message, StringComparison.Ordinal);
        Assert.Equal(["O-1.1"], result.Value!.AllPoints().Select(p => p.Id));
    }

    [Fact]
    public void Unknown_parent_is_reported_and_the_node_imported_at_the_top()
    {
        var result = Import(Header + Node("s", "1", false) + Node("lost", "2", false, "nowhere") + Node("p", "O-2.1", true, "lost"));

        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.ImportUnknownParent && d.Message.Contains("'nowhere'", StringComparison.Ordinal));
        Assert.Equal(["1", "2"], result.Value!.Sections.Select(s => s.Number));
    }

    [Fact]
    public void Duplicate_urn_and_missing_urn_are_errors()
    {
        var result = Import(Header + Node("s", "1", false) + Node("s", "2", false) + "    - ref_id: O-1.1\n      assessable: true\n");

        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.ImportDuplicateUrn);
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.ImportMissingUrn);
        Assert.Single(result.Value!.Sections);
    }

    [Fact]
    public void Alias_bomb_is_refused_without_expanding_anything()
    {
        var bomb = new StringBuilder("bomb:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append(CultureInfo($"  {level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n"));
        }

        var clock = Stopwatch.StartNew();
        var result = Import(bomb + Header + Node("s", "1", false) + Node("p", "O-1.1", true, "s", "      name: *j\n"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        var aliases = result.Diagnostics.Where(d => d.Id == DiagnosticIds.ImportAliasRefused).ToList();
        Assert.Equal(11, aliases.Count);
        Assert.All(aliases, d => Assert.True(d.IsError));
        Assert.Contains("only the first 10", aliases[^1].Message, StringComparison.Ordinal);
        Assert.Equal("Texte de p", result.Value!.FindPoint("O-1.1")!.Title);
    }

    [Fact]
    public void File_above_the_size_limit_is_refused_before_parsing()
    {
        var path = Path.Combine(_temp.Path, "huge.yaml");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.SetLength(200L * 1024 * 1024); // sparse where the file system allows: nothing is written
        }

        var clock = Stopwatch.StartNew();
        var result = CisoAssistantImporter.Load(path);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Null(result.Value);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.ImportFileTooLarge, error.Id);
        Assert.Equal("The file is 200 MiB, above the import limit of 50 MiB; it was not read. Published CISO Assistant libraries are a few MB.", error.Message);
    }

    [Fact]
    public void Size_limit_is_an_option()
    {
        var result = Import(Header + Node("s", "1", false), ImportOptions.Default with { MaxFileBytes = 100 });

        Assert.Equal(DiagnosticIds.ImportFileTooLarge, Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Deep_nesting_stops_the_read_with_a_diagnostic()
    {
        var result = Import("urn: x\nobjects: " + new string('[', 100_000) + "\n");

        Assert.Null(result.Value);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.ImportNestingTooDeep, error.Id);
    }

    [Fact]
    public void Binary_garbage_gives_diagnostics_not_exceptions()
    {
        var random = new Random(1234);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        var path = Path.Combine(_temp.Path, "garbage.yaml");
        File.WriteAllBytes(path, bytes);

        var result = CisoAssistantImporter.Load(path);

        Assert.Null(result.Value);
        Assert.Contains(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Missing_file_is_reported()
    {
        var result = CisoAssistantImporter.Load(Path.Combine(_temp.Path, "absent.yaml"));

        Assert.Equal(DiagnosticIds.ImportFileUnreadable, Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Library_without_a_date_needs_the_edition_as_an_option()
    {
        var text = (Header + Node("s", "1", false) + Node("p", "O-1.1", true, "s")).Replace("publication_date: 2025-01-01\n", "", StringComparison.Ordinal);

        Assert.Contains(Import(text).Diagnostics, d => d.Id == DiagnosticIds.ImportNoEdition && d.IsError);
        Assert.DoesNotContain(Import(text, ImportOptions.Default with { Edition = 2022 }).Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Wrong_value_types_and_duplicate_keys_are_reported_where_they_are()
    {
        var result = Import(Header + Node("s", "1", false) + "    - urn: p\n      parent_urn: s\n      assessable: maybe\n      depth: deep\n      ref_id: [O-1.1]\n      description: Texte.\n      description: Autre.\n");

        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.ImportInvalidValue && d.Message.Contains("'assessable'", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.ImportInvalidValue && d.Message.Contains("'depth'", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.ImportInvalidValue && d.Message.Contains("'ref_id'", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.ImportDuplicateKey);
    }

    [Fact]
    public void A_fault_repeated_thousands_of_times_is_listed_a_hundred_times_then_counted()
    {
        var nodes = new StringBuilder(Header + Node("s", "1", false));
        for (var i = 0; i < 1_000; i++)
        {
            nodes.Append(Node(CultureInfo($"p{i}"), "O-1.1", true, "s"));
        }

        var result = Import(nodes.ToString());

        var duplicates = result.Diagnostics.Where(d => d.Id == DiagnosticIds.ImportDuplicateRefId).ToList();
        Assert.Equal(101, duplicates.Count);
        Assert.StartsWith("899 more CLZ1310 diagnostic(s)", duplicates[^1].Message, StringComparison.Ordinal);
        Assert.Equal(1_000, result.Value!.AllPoints().Count());
    }

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);
}
