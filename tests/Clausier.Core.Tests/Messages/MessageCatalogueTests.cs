using System.Text.RegularExpressions;
using Clausier.Core.Diagnostics;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;

namespace Clausier.Core.Tests.Messages;

/// <summary>Every id of every project has its English and French text in the one message catalogue.</summary>
public partial class MessageCatalogueTests
{
    private static string Sources => Path.Combine(RepositoryPaths.Root, "src");

    /// <summary>The ids the projects declare (<c>const string Name = "CLZ…"</c>), read from the sources so that every project counts.</summary>
    private static List<string> DeclaredIds() =>
        [.. Directory.EnumerateFiles(Sources, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => IdDeclaration().Matches(File.ReadAllText(f)).Select(m => m.Groups["id"].Value))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_declared_id_has_an_English_and_a_French_name()
    {
        var ids = DeclaredIds();
        Assert.True(ids.Count > 150, $"only {ids.Count} ids found under src/");

        var missing = ids.Where(id => string.IsNullOrWhiteSpace(MessageCatalogue.English(id)) || string.IsNullOrWhiteSpace(MessageCatalogue.French(id))).ToList();

        Assert.True(missing.Count == 0, "no English or French name in MessageCatalogue.Titles: " + string.Join(", ", missing));
        Assert.Empty(MessageCatalogue.Titles.Keys.Except(ids));
    }

    [Fact]
    public void English_names_are_the_headings_of_the_diagnostics_page()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        var headings = Heading().Matches(page).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["name"].Value.Trim());

        var different = MessageCatalogue.Titles.Where(t => !headings.TryGetValue(t.Key, out var h) || h != t.Value.English)
            .Select(t => $"{t.Key}: « {t.Value.English} » / heading « {headings.GetValueOrDefault(t.Key)} »").ToList();

        Assert.True(different.Count == 0, string.Join("\n", different));
    }

    /// <summary>The French may leave out an argument that is itself English (a YAML context such as "the tender"), never invent one.</summary>
    [Fact]
    public void Templates_have_French_text_placeholders_of_the_English_and_an_id_that_exists()
    {
        foreach (var (key, text) in MessageCatalogue.Templates)
        {
            Assert.Subset(Placeholders(text.English).ToHashSet(), Placeholders(text.French).ToHashSet());
            Assert.False(string.IsNullOrWhiteSpace(text.French), key);
            Assert.True(char.IsLower(key[0]) || MessageCatalogue.Titles.ContainsKey(MessageCatalogue.IdOf(key)), $"{key}: no such id");
        }
    }

    [Fact]
    public void Every_template_key_reported_in_the_sources_exists()
    {
        var keys = Directory.EnumerateFiles(Sources, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => ReportedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.True(MessageCatalogue.Templates.ContainsKey(key), $"no template '{key}' in MessageCatalogue.Templates"));
    }

    [Fact]
    public void Tender_diagnostics_keep_their_English_wording_and_have_French_for_the_web_page()
    {
        var read = TenderReader.Read("t.yml", new StringReader("reference: R\ntitle: T\nbuyer:\n  name: B\nlots:\n  - number: '1'\n    title: A\n    segment: saas\n  - number: '1'\n    title: B\n    segment: saas\n"));
        var duplicate = Assert.Single(read.Diagnostics, d => d.Id == DiagnosticIds.DuplicateLot);

        Assert.Equal("Lot 1 is listed twice.", duplicate.Message);
        Assert.Equal("Le lot 1 figure deux fois.", duplicate.French);

        var catalogue = Clausier.Core.Loading.CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!;
        var tender = TenderReader.Read("t.yml", new StringReader("reference: R\ntitle: T\nbuyer:\n  name: B\nsegment: saas\noptions:\n  include_points: [O-7.9]\n")).Value!;
        var unknown = Assert.Single(PointSelector.Select(catalogue, tender, tender.Lots[0]).Diagnostics, d => d.Id == DiagnosticIds.TenderUnknownPoint);

        Assert.StartsWith("Unknown control point 'O-7.9'. Did you mean '", unknown.Message, StringComparison.Ordinal);
        Assert.StartsWith("Point de contrôle inconnu\u00A0: «\u00A0O-7.9\u00A0». Vouliez-vous dire «\u00A0", unknown.French, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_without_a_French_message_shows_the_French_name_of_its_id()
    {
        var diagnostic = Diagnostic.Error(DiagnosticIds.RequiredKeyMissing, "something in English");

        Assert.Equal("Clé obligatoire manquante", diagnostic.French);
        Assert.Equal("x", (diagnostic with { Id = "CLZ9999", Message = "x" }).French);
    }

    private static List<string> Placeholders(string template) =>
        [.. Placeholder().Matches(template).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"const string \w+ = ""(?<id>CLZ\d{4})""")]
    private static partial Regex IdDeclaration();

    [GeneratedRegex(@"^### (?<id>CLZ\d{4}) (?<name>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"Report\(DiagnosticSeverity\.\w+, ""(?<key>[^""]+)""")]
    private static partial Regex ReportedKey();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
