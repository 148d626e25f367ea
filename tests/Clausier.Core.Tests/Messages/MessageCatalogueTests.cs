using System.Text.RegularExpressions;
using Clausier.Core.Diagnostics;
using Clausier.Core.Parameters;
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
    public void English_names_are_the_headings_of_the_diagnostics_page_where_it_has_them()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        var headings = Heading().Matches(page).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["name"].Value.Trim());

        // An id another change has just declared may not have its entry on the page yet; the docs tests hold that.
        var different = MessageCatalogue.Titles.Where(t => headings.TryGetValue(t.Key, out var h) && h != t.Value.English)
            .Select(t => $"{t.Key}: « {t.Value.English} » / heading « {headings.GetValueOrDefault(t.Key)} »").ToList();

        Assert.True(different.Count == 0, string.Join("\n", different));
    }

    /// <summary>
    /// Both languages have a text, and between them they use every argument from {0} up: the French may
    /// leave out a system's own English words and use one the English does not need (that error's type),
    /// but no argument goes unused.
    /// </summary>
    [Fact]
    public void Templates_have_both_texts_placeholders_from_zero_and_an_id_that_exists()
    {
        foreach (var (key, text) in MessageCatalogue.Templates)
        {
            Assert.False(string.IsNullOrWhiteSpace(text.English), $"{key}: no English");
            Assert.False(string.IsNullOrWhiteSpace(text.French), $"{key}: no French");
            var used = PlaceholderIndexes(text.English).Union(PlaceholderIndexes(text.French)).Order().ToList();
            Assert.True(used.SequenceEqual(Enumerable.Range(0, used.Count)), $"{key}: placeholders {string.Join(", ", used)} leave a gap");
            Assert.Equal(used.Count, MessageCatalogue.ArgumentCount(text));
            Assert.True(char.IsLower(key[0]) || MessageCatalogue.Titles.ContainsKey(MessageCatalogue.IdOf(key)), $"{key}: no such id");
        }
    }

    /// <summary>
    /// The French carries what the English carries: every argument the English shows, the French shows
    /// too, save the system's own English words listed in <see cref="MessageCatalogue.SystemTextArguments"/>.
    /// </summary>
    [Fact]
    public void French_texts_show_every_argument_of_the_English_but_a_systems_own_words()
    {
        var wrong = new List<string>();
        foreach (var (key, text) in MessageCatalogue.Templates)
        {
            var left = PlaceholderIndexes(text.English).Except(PlaceholderIndexes(text.French)).Select(i => $"{key}:{i}").ToHashSet(StringComparer.Ordinal);
            var listed = MessageCatalogue.SystemTextArguments.Where(a => a.StartsWith(key + ":", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            if (!left.SetEquals(listed))
            {
                wrong.Add($"{key}: the French leaves out {string.Join(", ", left.Order(StringComparer.Ordinal))}; "
                    + $"listed as a system's words: {string.Join(", ", listed.Order(StringComparer.Ordinal))}\n  EN {text.English}\n  FR {text.French}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.All(MessageCatalogue.SystemTextArguments, a => Assert.True(MessageCatalogue.Templates.ContainsKey(a[..a.LastIndexOf(':')]), $"{a}: no such template"));
    }

    /// <summary>
    /// Every id's name and every template has a French text, and no French text holds a word that is
    /// only English ("the", "must", "Did you mean"…), quoted values, placeholders and code such as
    /// <c>--format</c> or <c>ref_id</c> aside.
    /// </summary>
    [Fact]
    public void Every_French_text_exists_and_holds_no_English()
    {
        var texts = MessageCatalogue.Titles.Select(t => (t.Key, t.Value.French))
            .Concat(MessageCatalogue.Templates.Select(t => (t.Key, t.Value.French)))
            .ToList();

        var empty = texts.Where(t => string.IsNullOrWhiteSpace(t.French)).Select(t => t.Key).ToList();
        var english = texts
            .Select(t => (t.Key, t.French, Words: Word().Matches(NotProse().Replace(t.French, " ")).Select(m => m.Value)
                .Where(w => EnglishOnlyWords.Contains(w)).Distinct(StringComparer.OrdinalIgnoreCase).ToList()))
            .Where(t => t.Words.Count > 0)
            .Select(t => $"{t.Key}: {string.Join(", ", t.Words)} in « {t.French} »")
            .ToList();

        Assert.True(empty.Count == 0, "no French text: " + string.Join(", ", empty));
        Assert.True(english.Count == 0, "English in French text:\n" + string.Join("\n", english));
    }

    [Fact]
    public void The_English_word_check_sees_the_English_it_is_for()
    {
        Assert.Contains("must", Word().Matches(NotProse().Replace("'{0}' of {1} must be a single value.", " ")).Select(m => m.Value));
        Assert.DoesNotContain(Word().Matches(NotProse().Replace(MessageCatalogue.Format("suggestion", "lots").French, " ")).Select(m => m.Value), EnglishOnlyWords.Contains);
        Assert.Contains(Word().Matches(NotProse().Replace(MessageCatalogue.Format("suggestion", "lots").English, " ")).Select(m => m.Value), EnglishOnlyWords.Contains);
    }

    /// <summary>Words English uses and French does not, enough to catch an English sentence or hint.</summary>
    private static readonly HashSet<string> EnglishOnlyWords = new(
        """
        the of is are was were not must should has have had with without and to in an be been being this that these those which who
        cannot can could does did do no any every more than file files value values key keys missing unknown found expected given empty
        you mean error errors invalid read written please here there when where only also it its they their isn't doesn't can't won't
        from by into at as for if then else but so yet nothing something some none each other same again twice once after before above
        below will would may might use used using needs need set sets duplicate malformed unreadable too deep large nested give choose
        request upload removed heading ignored became answer answers field fields planned link reserved level gap unused depth mismatch
        renumbered defaulted repaired holds timeout raw footnote unsupported relative outside
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void A_template_given_the_wrong_number_of_arguments_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MessageCatalogue.Format("CLZ1204", "O-7.9"));
        Assert.Throws<ArgumentException>(() => MessageCatalogue.Format("CLZ1204", "O-7.9", MessageText.Empty, "extra"));
        Assert.Equal("Unknown control point 'O-7.9'.", MessageCatalogue.Format("CLZ1204", "O-7.9", MessageText.Empty).English);
    }

    [Fact]
    public void French_numbers_have_French_separators_and_English_ones_stay_invariant()
    {
        var text = MessageCatalogue.Format("CLZ4007", 12345, 10000);

        Assert.Equal("the zip package has 12,345 entries (limit 10,000): refused", text.English);
        Assert.Equal("le fichier contient 12\u202F345\u00A0éléments (limite\u00A0: 10\u202F000)\u00A0: refusé", text.French);
    }

    /// <summary>No-break space before ; : ! ? » and after «, and the typographic apostrophe, in every French text.</summary>
    [Fact]
    public void French_texts_follow_French_typography()
    {
        var texts = MessageCatalogue.Titles.Select(t => (t.Key, t.Value.French))
            .Concat(MessageCatalogue.Templates.Select(t => (t.Key, t.Value.French)));
        var wrong = texts.Where(t => PlainSpaceBeforePunctuation().IsMatch(t.French) || PlainSpaceAfterGuillemet().IsMatch(t.French)
                || StraightApostrophe().IsMatch(t.French))
            .Select(t => $"{t.Key}: « {t.French} »")
            .ToList();

        Assert.True(wrong.Count == 0, "French typography:\n" + string.Join("\n", wrong));
    }

    /// <summary>
    /// Every template key a source passes exists (a string literal <c>"CLZnnnn"</c> or
    /// <c>"CLZnnnn.variant"</c> outside the constants that declare ids, or a lower-case key given to
    /// <c>Format</c> or a helper over it), and every template is named by some source.
    /// </summary>
    [Fact]
    public void Every_template_key_in_the_sources_exists_and_every_template_is_used()
    {
        var files = Directory.EnumerateFiles(Sources, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var texts = files.Where(f => !Path.GetFileName(f).StartsWith("MessageCatalogue", StringComparison.Ordinal)).Select(File.ReadAllText).ToList();
        var catalogue = files.Where(f => Path.GetFileName(f).StartsWith("MessageCatalogue", StringComparison.Ordinal)).Select(File.ReadAllText).ToList();
        var keys = texts
            .SelectMany(text => KeyLiteral().Matches(IdDeclaration().Replace(text, "")).Select(m => m.Groups["key"].Value))
            .Concat(texts.Concat(catalogue).SelectMany(text => PartKey().Matches(text).Select(m => m.Groups["key"].Value)))
            // The keys found at run time: a parameter value not of its kind (PointSelector), a YamlDotNet message (YamlReason).
            .Concat(Enum.GetValues<ParameterKind>().Select(kind => $"{DiagnosticIds.InvalidParameterValue}.{kind.ToWritten()}"))
            .Concat(MessageCatalogue.Templates.Keys.Where(k => k.StartsWith("yaml.", StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
        var literals = texts.SelectMany(text => StringLiteral().Matches(text).Select(m => m.Groups["text"].Value)).Concat(keys).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.True(MessageCatalogue.Templates.ContainsKey(key), $"no template '{key}' in MessageCatalogue.Templates"));
        var unused = MessageCatalogue.Templates.Keys.Where(k => !literals.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(unused.Count == 0, "templates no source uses: " + string.Join(", ", unused));
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
        var diagnostic = new Diagnostic(DiagnosticIds.RequiredKeyMissing, DiagnosticSeverity.Error, "something in English");

        Assert.Equal("Clé obligatoire manquante", diagnostic.French);
        Assert.Equal("x", (diagnostic with { Id = "CLZ9999", Message = "x" }).French);
    }

    /// <summary>
    /// Diagnostics have no constructor taking text any more (<c>Diagnostic.Error(id, "…")</c>,
    /// <c>bag.Warning(id, $"…")</c>); this holds the sources to the record's own constructor and to
    /// <c>with { Message = "…" }</c>, the two ways left to write a message outside the catalogue.
    /// </summary>
    [Fact]
    public void No_source_writes_the_text_of_a_diagnostic_itself()
    {
        var offenders = Directory.EnumerateFiles(Sources, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "Diagnostic.cs")
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => InlineDiagnosticText().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(Sources, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "diagnostic text written outside MessageCatalogue:\n" + string.Join("\n", offenders));
    }

    /// <summary>Every id the diagnostics page documents (heading or table row) has its English and French name.</summary>
    [Fact]
    public void Every_id_of_the_diagnostics_page_has_an_English_and_a_French_name()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        var ids = DocumentedId().Matches(page).Select(m => m.Groups["id"].Value).Distinct().ToList();
        Assert.True(ids.Count > 150, $"only {ids.Count} ids found in docs/diagnostics.md");

        var missing = ids.Where(id => string.IsNullOrWhiteSpace(MessageCatalogue.English(id)) || string.IsNullOrWhiteSpace(MessageCatalogue.French(id))).ToList();

        Assert.True(missing.Count == 0, "documented ids without an English or French name: " + string.Join(", ", missing));
    }

    /// <summary>What the buyer reads of a tender's mistake is French all through: the detail, not only the id's name.</summary>
    [Fact]
    public void A_tender_with_an_unknown_key_reads_in_French_with_the_suggestion()
    {
        var read = TenderReader.Read("t.yml", new StringReader("reference: R\nsubject: T\nbuyer:\n  name: B\nsegment: saas\nlotz: []\n"));
        var unknown = Assert.Single(read.Diagnostics, d => d.Id == DiagnosticIds.UnknownKey);

        Assert.Equal("Unknown key 'lotz' in the tender. Did you mean 'lots'?", unknown.Message);
        Assert.Equal("Clé inconnue\u00A0: «\u00A0lotz\u00A0» de la consultation. Vouliez-vous dire «\u00A0lots\u00A0»\u00A0?", unknown.French);
    }

    /// <summary>A YAML mistake in a tender: YamlDotNet's words for the CLI, their French for the buyer.</summary>
    [Fact]
    public void A_tender_with_a_YAML_syntax_error_reads_in_French()
    {
        var read = TenderReader.Read("t.yml", new StringReader("reference: R\nsubject: Achat: logiciel\nbuyer:\n  name: B\n"));
        var syntax = Assert.Single(read.Diagnostics, d => d.Id == DiagnosticIds.YamlSyntax);

        Assert.Equal("YAML syntax error: While scanning a plain scalar value, found invalid mapping.", syntax.Message);
        Assert.Equal("Erreur de syntaxe YAML\u00A0: une valeur sans guillemets contient un deux-points («\u00A0:\u00A0»)\u00A0: mettez-la entre guillemets.", syntax.French);
        Assert.Equal("le texte n’est pas du YAML valide à cet endroit", MessageCatalogue.YamlReason("(Line: 1, Col: 1, Idx: 0) - (Line: 1, Col: 2, Idx: 1): Something new.").French);
        Assert.Equal("une valeur était attendue à cet endroit", MessageCatalogue.YamlReason("(Line: 3, Col: 1, Idx: 9) - (Line: 3, Col: 1, Idx: 9): While parsing a node, did not find expected node content.").French);
    }

    [Fact]
    public void A_catalogue_lint_error_reads_in_French()
    {
        var catalogue = Clausier.Core.Loading.CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!;
        var section = catalogue.Sections.First(s => s.Points.Count > 0);
        var point = section.Points[0];
        var broken = catalogue with
        {
            Sections = [.. catalogue.Sections.Select(s => s == section ? s with { Points = [point with { Title = " " }, .. s.Points.Skip(1)] } : s)],
        };

        var empty = Assert.Single(Clausier.Core.Linting.CatalogueLinter.Lint(broken), d => d.Id == DiagnosticIds.EmptyText);

        Assert.Equal($"Point {point.Id} has no title.", empty.Message);
        Assert.Equal($"Le point {point.Id} n’a pas de titre.", empty.French);
    }

    private static IEnumerable<int> PlaceholderIndexes(string template) =>
        Placeholder().Matches(template).Select(m => int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct();

    [GeneratedRegex(@"const string \w+ = ""(?<id>CLZ\d{4})""")]
    private static partial Regex IdDeclaration();

    [GeneratedRegex(@"^### (?<id>CLZ\d{4}) (?<name>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(### |\| )(?<id>CLZ\d{4})\b", RegexOptions.Multiline)]
    private static partial Regex DocumentedId();

    [GeneratedRegex(@"new Diagnostic\(|with \{ Message = \$?""|\.(Error|Warning|Info)\(\s*(\w*DiagnosticIds\.|""CLZ)")]
    private static partial Regex InlineDiagnosticText();

    [GeneratedRegex(@"""(?<key>CLZ\d{4}(\.[a-z0-9-]+)?)""")]
    private static partial Regex KeyLiteral();

    /// <summary>A lower-case key given to the catalogue or to a project's one-line helper over it.</summary>
    [GeneratedRegex(@"(?<![\w.])(Format|MessageCatalogue\.Format|PageText\.Of|French|Rule)\(""(?<key>[a-z][^""]*)""")]
    private static partial Regex PartKey();

    [GeneratedRegex(@"""(?<text>[^""\\\r\n]*)""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?<!\{)\{(?<index>\d+)(,[^}:]*)?(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>What a French text may quote or name as it is: guillemets, quotes, placeholders, and code (options, keys, paths, file names).</summary>
    [GeneratedRegex(@"«[^»]*»|""[^""]*""|'[^']*'|`[^`]*`|\{[^}]*\}|\S*\w[_/\\.=<>-]+\w\S*|--\S+")]
    private static partial Regex NotProse();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@" [;:!?»]")]
    private static partial Regex PlainSpaceBeforePunctuation();

    [GeneratedRegex(@"« ")]
    private static partial Regex PlainSpaceAfterGuillemet();

    [GeneratedRegex(@"\p{L}'\p{L}")]
    private static partial Regex StraightApostrophe();
}
