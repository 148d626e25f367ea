using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Clausier.Forms.Document;
using Clausier.Forms.Package;
using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

/// <summary>
/// The fast path (<see cref="PlainXmlScanner"/>, tried first by <see cref="XmlPartLoader.Load"/>) reads the
/// main document, and any other part, as the XmlReader path (<see cref="XmlPartLoader.LoadWithXmlReader"/>) reads: for every input and
/// every limit, the same tree with the same cut marks, or the same refusal with the same reason in both
/// languages. The scanner gives up on whatever it is not sure of and lets XmlReader read the part from the
/// start, so each case below is something it must either read exactly as XmlReader does or give up on.
/// The fuzz test follows <see cref="AnnexFuzzTests"/>: <c>CLAUSIER_FUZZ_CASES</c> runs more cases,
/// <c>CLAUSIER_FUZZ_SEED</c> starts elsewhere, and a failure names the seed that reproduces it.
/// </summary>
public class PlainXmlScannerTests
{
    private const string PartName = "/word/document.xml";
    private const string OtherPartName = "/customXml/item1.xml";
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string Drawing = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const int DefaultFuzzCases = 1500;

    // PartTreeBuilder keeps a text node whole up to this many characters whatever MaxAnswerChars says.
    private const int NodeFloor = 64 * 1024;

    // What surrounds the part in a larger array: the part is read from a pooled buffer, whose bytes
    // outside the segment are whatever was there before; read, they would change the outcome.
    private static readonly byte[] Junk = [.. "\u0001<!DOCTYPE d>]]></w:body><x/>&\0\r"u8, 0xFF];

    private static readonly (string Name, ReaderLimits Limits)[] SmallLimits =
    [
        ("MaxXmlElements = 50", ReaderLimits.Default with { MaxXmlElements = 50 }),
        ("MaxXmlElements = 5", ReaderLimits.Default with { MaxXmlElements = 5 }),
        ("MaxXmlDepth = 5", ReaderLimits.Default with { MaxXmlDepth = 5 }),
        ("MaxXmlDepth = 3", ReaderLimits.Default with { MaxXmlDepth = 3 }),
        ("MaxParagraphs = 3", ReaderLimits.Default with { MaxParagraphs = 3 }),
        ("MaxParagraphs = 1", ReaderLimits.Default with { MaxParagraphs = 1 }),
        ("MaxAnswerChars = 10", ReaderLimits.Default with { MaxAnswerChars = 10 }),
        ("MaxPartTextChars = 100", ReaderLimits.Default with { MaxPartTextChars = 100 }),
        ("MaxPartTextChars = 3", ReaderLimits.Default with { MaxPartTextChars = 3 }),
        ("MaxPartBytes = 100", ReaderLimits.Default with { MaxPartBytes = 100 }),

        // Which limit is reported when several are reached on one element depends on the order of the checks.
        ("all small at once", new ReaderLimits { MaxXmlElements = 50, MaxXmlDepth = 5, MaxParagraphs = 3, MaxAnswerChars = 10, MaxPartTextChars = 100 }),
    ];

    private static readonly Dictionary<string, byte[]> HandWritten = HandWrittenCases();

    private static readonly Lazy<(string Name, byte[] Data)[]> RealSources = new(() =>
    {
        var written = MainDocument(WrittenAnnex.Build());
        var filled = MainDocument(Filling.FilledAnnex().Save());
        return [("generated annex", written), ("filled annex", filled), ("filled annex with a 70,000-character answer", WithLongAnswer(filled))];
    });

    public static TheoryData<string> HandWrittenNames => new(HandWritten.Keys);

    // The long answer is there for the cut, which the other variants do not change.
    public static TheoryData<string> RealNames => new(
        from source in new[] { "generated annex", "filled annex", "filled annex with a 70,000-character answer" }
        from variant in RealVariants
        where !source.EndsWith("answer", StringComparison.Ordinal) || variant.Name is "as saved" or "with a UTF-8 BOM"
        select $"{source}, {variant.Name}");

    [Theory]
    [MemberData(nameof(HandWrittenNames))]
    public void A_hand_written_document_reads_the_same_through_Load_as_through_XmlReader(string name) =>
        AssertSameOutcome(HandWritten[name], ReaderLimits.Default, name);

    [Theory]
    [MemberData(nameof(HandWrittenNames))]
    public void A_hand_written_document_meets_the_same_limits_through_Load_as_through_XmlReader(string name)
    {
        var data = HandWritten[name];
        foreach (var (limitsName, limits) in SmallLimits.Concat(Boundaries(data)))
        {
            AssertSameOutcome(data, limits, $"{name}, {limitsName}", everyLayout: false);
        }
    }

    [Theory]
    [MemberData(nameof(RealNames))]
    public void A_real_main_document_reads_the_same_through_Load_as_through_XmlReader_within_any_limits(string name)
    {
        var data = Real(name);
        AssertSameOutcome(data, ReaderLimits.Default, name);
        foreach (var (limitsName, limits) in SmallLimits.Concat(Boundaries(data)))
        {
            AssertSameOutcome(data, limits, $"{name}, {limitsName}", everyLayout: false);
        }
    }

    [Theory]
    [InlineData(4095, "ascii")]
    [InlineData(4097, "pairs")]
    [InlineData(4097, "a then pairs")]
    [InlineData(NodeFloor, "ascii")]
    [InlineData(NodeFloor + 1, "ascii")]
    [InlineData(NodeFloor + 2, "ascii")]
    [InlineData(NodeFloor + 2, "accented")]
    [InlineData(NodeFloor + 2, "references")]
    [InlineData(NodeFloor + 2, "pairs")]
    [InlineData(NodeFloor + 2, "a then pairs")]
    [InlineData(NodeFloor + 1, "prose")]
    [InlineData(100_001, "ascii")]
    [InlineData(100_002, "a then pairs")]
    public void A_long_text_node_is_cut_at_the_same_character_through_Load_as_through_XmlReader(int length, string kind)
    {
        var text = LongText(length, kind);
        var data = Encoding.UTF8.GetBytes(Doc(
            $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r><w:r><w:t>après</w:t></w:r></w:p>"
            + $"<w:p>{text}<w:r><w:instrText>{text}</w:instrText></w:r></w:p>"));
        (string, ReaderLimits)[] limits =
        [
            ("default limits", ReaderLimits.Default),
            ("MaxAnswerChars = 10", ReaderLimits.Default with { MaxAnswerChars = 10 }),
            ("MaxAnswerChars = 70,000", ReaderLimits.Default with { MaxAnswerChars = 70_000 }),
            ($"MaxAnswerChars = {length - 1}", ReaderLimits.Default with { MaxAnswerChars = length - 1 }),
            ($"MaxPartTextChars = {length}", ReaderLimits.Default with { MaxPartTextChars = length }),
        ];
        foreach (var (limitsName, value) in limits)
        {
            AssertSameOutcome(data, value, $"{length} characters of {kind}, {limitsName}", everyLayout: value == ReaderLimits.Default);
        }
    }

    /// <summary>
    /// A document made only of what the scanner is meant to read itself, cut at every byte, with every
    /// byte deleted in turn, and with markup inserted before every byte: each state of the scanner meets
    /// an end of file, a missing byte and a stray token.
    /// </summary>
    [Fact]
    public void Every_prefix_and_one_byte_edit_of_a_document_the_scanner_reads_itself_reads_the_same()
    {
        var data = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + Doc(
            "<w:p w:rsidR='00A1' w:name=\"a&amp;b\"><w:pPr><w:pStyle w:val=\"Titre\"/><w:rPr><w:ins w:id=\"1\" w:author=\"A\"/></w:rPr></w:pPr>"
            + "<w:r><w:rPr><w:b/><w:rPrChange w:id=\"2\"><w:rPr/></w:rPrChange></w:rPr><w:t xml:space=\"preserve\">a &amp; b &lt; &#x41;&#233; é’😀 </w:t></w:r></w:p>"
            + "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/><w:tag w:val=\"clausier:O-1.1:status\"/><w:dropDownList><w:listItem w:displayText=\"Oui\" w:value=\"oui\"/></w:dropDownList></w:sdtPr>"
            + "<w:sdtContent><w:p><w:r><w:instrText> DATE \\@ \"d\" </w:instrText><w:t/></w:r></w:p></w:sdtContent></w:sdt>"
            + "<w:sectPr><w:pgSz w:w=\"11906\"/></w:sectPr>",
            " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""));
        (string, ReaderLimits)[] limits = [("default limits", ReaderLimits.Default), ("MaxPartTextChars = 3", ReaderLimits.Default with { MaxPartTextChars = 3 })];
        byte[][] inserted = [.. new[] { "<", "&", "\"", ">", "\r", "\u0001", " xmlns:x=\"urn:x\"" }.Select(Encoding.UTF8.GetBytes), [0xC3]];
        for (var i = 0; i <= data.Length; i++)
        {
            var (limitsName, value) = limits[i / inserted.Length % limits.Length];
            AssertSameOutcome(data[..i], value, $"the first {i} bytes, {limitsName}");
            if (i < data.Length)
            {
                AssertSameOutcome([.. data[..i], .. data[(i + 1)..]], value, $"byte {i} deleted, {limitsName}", everyLayout: false);
            }

            var token = inserted[i % inserted.Length];
            AssertSameOutcome([.. data[..i], .. token, .. data[i..]], value, $"{Show(token)} inserted at byte {i}, {limitsName}", everyLayout: false);
        }
    }

    /// <summary>Found while writing these cases: the XmlReader path threw NullReferenceException here, with nothing to hang the mark on.</summary>
    [Fact]
    public void A_root_formatting_element_holding_a_revision_mark_reads_the_same_through_Load_as_through_XmlReader() =>
        AssertSameOutcome(Utf8($"<w:rPr xmlns:w=\"{W}\"><w:b/><w:ins w:id=\"1\"/></w:rPr>"), ReaderLimits.Default, "the root is a formatting element holding a revision mark");

    /// <summary>Found by review: the cut length overflowed and the XmlReader path threw ArgumentOutOfRangeException.</summary>
    [Fact]
    public void The_largest_answer_limit_reads_the_same_through_Load_as_through_XmlReader() =>
        AssertSameOutcome(HandWritten["no XML declaration"], ReaderLimits.Default with { MaxAnswerChars = int.MaxValue }, "MaxAnswerChars = int.MaxValue");

    [Fact]
    public void Seeded_mutations_of_real_main_documents_read_the_same_through_Load_as_through_XmlReader()
    {
        var cases = Setting("CLAUSIER_FUZZ_CASES", DefaultFuzzCases);
        var first = Setting("CLAUSIER_FUZZ_SEED", 1);
        var sources = RealSources.Value;

        // Near what each source holds, so that a mutation may put the part on either side of a limit.
        var limits = sources.Select(s => Boundaries(s.Data).Concat(SmallLimits.Where(l => l.Name is "MaxAnswerChars = 10" or "all small at once")).ToArray()).ToArray();
        for (var seed = first; seed < first + cases; seed++)
        {
            // The long answer, the largest source by far, in one case in eight.
            var source = seed % 8 == 3 ? 2 : seed / 2 % 2;
            var mutator = new XmlMutator(seed);

            // One case in eight is cut short too, after its mutations.
            var data = mutator.Mutate(sources[source].Data);
            if (seed % 8 == 0)
            {
                data = mutator.Truncate(data);
            }

            var (limitsName, value) = seed % 2 == 0 ? ("default limits", ReaderLimits.Default) : limits[source][seed / 2 % limits[source].Length];
            AssertSameOutcome(data, value, $"seed {seed} ({sources[source].Name}, {limitsName})", everyLayout: seed % 16 == 1);
        }
    }

    [Fact]
    public void Real_main_documents_cut_anywhere_read_the_same_through_Load_as_through_XmlReader()
    {
        var cases = Setting("CLAUSIER_FUZZ_CASES", DefaultFuzzCases) / 10;
        var first = Setting("CLAUSIER_FUZZ_SEED", 1);
        var sources = RealSources.Value;
        for (var seed = first; seed < first + cases; seed++)
        {
            var source = sources[seed % sources.Length];
            AssertSameOutcome(new XmlMutator(seed).Truncate(source.Data), ReaderLimits.Default, $"seed {seed} ({source.Name} cut short)", everyLayout: false);
        }
    }

    /// <summary>
    /// Until the scanner is in, both paths are one and every case above passes whatever the comparison
    /// does: this checks that it tells apart trees a reader of the tree could tell apart, and only those.
    /// </summary>
    [Fact]
    public void The_comparison_of_outcomes_tells_apart_what_a_reader_of_the_tree_could()
    {
        static XDocument Tree(params object[] content) => new(new XElement(XName.Get("t", W), content));
        var cut = Tree("abc");
        cut.Root!.AddAnnotation(CutText.Mark);
        var documentCut = Tree("abc");
        documentCut.AddAnnotation(CutText.Mark);
        var refusal = new Outcome(null, "refused CLZ4014\nen\nfr");
        Outcome[] different =
        [
            new(Tree("abd"), null), new(Tree(), null), new(Tree(""), null), new(Tree(new XCData("abc")), null),
            new(Tree(new XAttribute("val", "1"), "abc"), null), new(new XDocument(new XElement(XName.Get("t", Strict), "abc")), null),
            new(cut, null), new(documentCut, null), refusal, new(null, "refused CLZ4014\nen\nfr "), new(null, "refused CLZ4015\nen\nfr"),
        ];
        var reference = new Outcome(Tree("abc"), null);
        foreach (var one in different)
        {
            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertSame(reference, one, "a different outcome", ""));
            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertSame(one, reference, "a different outcome", ""));
        }

        AssertSame(reference, new Outcome(Tree(new XText("ab"), new XText("c")), null), "text in two nodes", "");
        AssertSame(refusal, new Outcome(null, "refused CLZ4014\nen\nfr"), "the same refusal", "");
        AssertSame(new Outcome(Tree("a\u0001\uD83D"), null), new Outcome(Tree("a\u0001\uD83D"), null), "characters XmlWriter refuses", "");
    }

    /// <summary>
    /// Both paths read <paramref name="data"/> as the main document: the same tree (with the same cut
    /// marks), or the same refusal. Load is also given the bytes inside a larger array, as the package
    /// hands them over from a pooled buffer.
    /// </summary>
    private static void AssertSameOutcome(byte[] data, ReaderLimits limits, string caseName) =>
        AssertSameOutcome(data, limits, caseName, everyLayout: true);

    private static void AssertSameOutcome(byte[] data, ReaderLimits limits, string caseName, bool everyLayout)
    {
        AssertSameOutcome(data, limits, caseName, everyLayout, isMainDocument: true);

        // Every other part (relationships, properties, the manifest) is kept whole, by the same scanner.
        AssertSameOutcome(data, limits, caseName + ", as another part", everyLayout: false, isMainDocument: false);
    }

    private static void AssertSameOutcome(byte[] data, ReaderLimits limits, string caseName, bool everyLayout, bool isMainDocument)
    {
        var partName = isMainDocument ? PartName : OtherPartName;
        var expected = Run(() => XmlPartLoader.LoadWithXmlReader(new ArraySegment<byte>(data), partName, limits, isMainDocument), caseName, "LoadWithXmlReader");

        // In a pooled buffer: at the start of a longer array.
        var pooled = new byte[data.Length + Junk.Length];
        data.CopyTo(pooled, 0);
        Junk.CopyTo(pooled, data.Length);
        AssertSame(expected, Run(() => XmlPartLoader.Load(new ArraySegment<byte>(pooled, 0, data.Length), partName, limits, isMainDocument), caseName, "Load"), caseName, "");
        if (!everyLayout)
        {
            return;
        }

        AssertSame(expected, Run(() => XmlPartLoader.Load(new ArraySegment<byte>(data), partName, limits, isMainDocument), caseName, "Load"), caseName, " (the whole array)");
        byte[] inside = [.. Junk, .. data, .. Junk];
        AssertSame(expected, Run(() => XmlPartLoader.Load(new ArraySegment<byte>(inside, Junk.Length, data.Length), partName, limits, isMainDocument), caseName, "Load"), caseName, " (in the middle of an array)");
    }

    private static void AssertSame(Outcome expected, Outcome actual, string caseName, string layout)
    {
        if (expected.Document is { } read && actual.Document is { } other ? SameTree(read, other) : expected.Refusal == actual.Refusal)
        {
            return;
        }

        // The descriptions are what must be equal; the tree walk only spares building them.
        var (want, got) = (expected.ToString(), actual.ToString());
        if (want == got)
        {
            return;
        }

        var at = 0;
        while (at < want.Length && at < got.Length && want[at] == got[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 200);
        Assert.Fail($"{caseName}{layout}: Load and LoadWithXmlReader differ at character {at} of their outcomes.\n"
            + $"XmlReader: …{want[from..Math.Min(want.Length, at + 200)]}\n"
            + $"Load:      …{got[from..Math.Min(got.Length, at + 200)]}");
    }

    /// <summary>A tree, or a refusal (its code and reason in both languages).</summary>
    private sealed record Outcome(XDocument? Document, string? Refusal)
    {
        public override string ToString() => Document is null ? Refusal! : Describe(Document);
    }

    /// <summary>What the loader did; any exception but a refusal fails the case.</summary>
    private static Outcome Run(Func<XDocument> load, string caseName, string path)
    {
        try
        {
            return new Outcome(load(), null);
        }
        catch (RefusedException ex)
        {
            return new Outcome(null, $"refused {ex.Code}\n{ex.Reason.English}\n{ex.Reason.French}");
        }
        catch (Exception ex)
        {
            Assert.Fail($"{caseName}: {path} threw {ex.GetType().Name}: {ex.Message}");
            throw;
        }
    }

    /// <summary>Whether two trees are the same node for node, with the same cut marks; no less strict than <see cref="Describe"/>.</summary>
    private static bool SameTree(XDocument expected, XDocument actual)
    {
        if (expected.Declaration?.ToString() != actual.Declaration?.ToString() || Cut(expected) != Cut(actual))
        {
            return false;
        }

        return SameNodes(expected.FirstNode, actual.FirstNode);
    }

    private static bool SameNodes(XNode? expected, XNode? actual)
    {
        for (; expected is not null && actual is not null; expected = expected.NextNode, actual = actual.NextNode)
        {
            var same = (expected, actual) switch
            {
                (XElement e, XElement a) => SameElement(e, a),
                (XText e, XText a) => e.GetType() == a.GetType() && e.Value == a.Value,
                _ => false,
            };
            if (!same)
            {
                return false;
            }
        }

        return expected is null && actual is null;
    }

    private static bool SameElement(XElement expected, XElement actual)
    {
        if (expected.Name != actual.Name || expected.IsEmpty != actual.IsEmpty || Cut(expected) != Cut(actual))
        {
            return false;
        }

        var (e, a) = (expected.FirstAttribute, actual.FirstAttribute);
        for (; e is not null && a is not null; e = e.NextAttribute, a = a.NextAttribute)
        {
            if (e.Name != a.Name || e.Value != a.Value)
            {
                return false;
            }
        }

        return e is null && a is null && SameNodes(expected.FirstNode, actual.FirstNode);
    }

    private static bool Cut(XObject node) => node.Annotation<CutText>() is not null;

    /// <summary>
    /// The tree as <c>ToString(SaveOptions.DisableFormatting)</c> writes it, except that characters
    /// XmlWriter refuses (control characters, a surrogate left alone by a cut) are shown instead of
    /// throwing, then the paths of the elements marked cut and whether the document is.
    /// </summary>
    private static string Describe(XDocument document)
    {
        var text = new StringBuilder(16 * 1024).Append("read\n");
        if (document.Declaration is { } declaration)
        {
            text.Append(declaration).Append('\n');
        }

        foreach (var node in document.Nodes())
        {
            Write(node, text);
        }

        text.Append("\ncut:");
        foreach (var element in document.Descendants())
        {
            if (element.Annotation<CutText>() is not null)
            {
                text.Append(' ').Append(XmlPath.Of(element));
            }
        }

        return text.Append(document.Annotation<CutText>() is null ? "" : "\ndocument marked cut").ToString();
    }

    private static void Write(XNode node, StringBuilder text)
    {
        switch (node)
        {
            case XElement element:
                Name(element.Name, text.Append('<'));
                foreach (var attribute in element.Attributes())
                {
                    Name(attribute.Name, text.Append(' ')).Append("=\"");
                    Escape(attribute.Value, text);
                    text.Append('"');
                }

                if (element.IsEmpty)
                {
                    text.Append("/>");
                    return;
                }

                text.Append('>');
                foreach (var child in element.Nodes())
                {
                    Write(child, text);
                }

                Name(element.Name, text.Append("</")).Append('>');
                return;
            case XCData data:
                text.Append("<![CDATA[");
                Escape(data.Value, text);
                text.Append("]]>");
                return;
            case XText plain:
                Escape(plain.Value, text);
                return;
            default:
                text.Append('{').Append(node.NodeType).Append('}');
                return;
        }
    }

    private static StringBuilder Name(XName name, StringBuilder text) => name.NamespaceName switch
    {
        "" => text.Append(name.LocalName),
        W => text.Append("w:").Append(name.LocalName),
        _ => text.Append('{').Append(name.NamespaceName).Append('}').Append(name.LocalName),
    };

    // Printable ASCII but the characters that would make text look like markup, and what is common in
    // text beyond it; everything else is checked one character at a time.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        " !#$%'()*+,-./0123456789:;=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~\t\n\u00A0àâäçéèêëîïôöùûüÀÂÇÉÈÊÔ’«»€");

    private static void Escape(string value, StringBuilder text)
    {
        var rest = value.AsSpan();
        while (true)
        {
            var special = rest.IndexOfAnyExcept(Plain);
            if (special < 0)
            {
                text.Append(rest);
                return;
            }

            text.Append(rest[..special]);
            var c = rest[special];
            if (c is < ' ' or '\u007F' or '\uFFFE' or '\uFFFF' or '&' or '<' or '"' or '\\' || char.IsSurrogate(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }

            rest = rest[(special + 1)..];
        }
    }

    /// <summary>
    /// Limits at, and one short of, what the part holds (elements, depth, paragraphs, kept text, size),
    /// where counting one too many or too few shows.
    /// </summary>
    private static IEnumerable<(string Name, ReaderLimits Limits)> Boundaries(byte[] data)
    {
        var characters = new UTF8Encoding(false, false).GetCharCount(data);
        var sizes = new SortedSet<long> { data.Length, data.Length - 1L, characters, characters - 1L };
        foreach (var size in sizes.Where(s => s > 0))
        {
            yield return ($"MaxPartBytes = {size}", ReaderLimits.Default with { MaxPartBytes = size });
        }

        // Zero is no limit at all to XmlReader.
        yield return ("MaxPartBytes = 0", ReaderLimits.Default with { MaxPartBytes = 0 });

        if (Count(data) is not { } counts)
        {
            yield break;
        }

        var (elements, depth, paragraphs) = counts;

        foreach (var n in new[] { elements, elements - 1 })
        {
            yield return ($"MaxXmlElements = {n}", ReaderLimits.Default with { MaxXmlElements = n });
        }

        foreach (var n in new[] { depth + 1, depth })
        {
            yield return ($"MaxXmlDepth = {n}", ReaderLimits.Default with { MaxXmlDepth = n });
        }

        foreach (var n in new[] { paragraphs, paragraphs - 1 })
        {
            yield return ($"MaxParagraphs = {n}", ReaderLimits.Default with { MaxParagraphs = n });
        }

        if (KeptText(data) is not { } kept)
        {
            yield break;
        }

        foreach (var n in new[] { kept, kept - 1 })
        {
            yield return ($"MaxPartTextChars = {n}", ReaderLimits.Default with { MaxPartTextChars = n });
        }
    }

    /// <summary>Characters of text the loader keeps of the part; null when it is refused.</summary>
    private static long? KeptText(byte[] data)
    {
        try
        {
            return XmlPartLoader.LoadWithXmlReader(new ArraySegment<byte>(data), PartName, ReaderLimits.Default, isMainDocument: true)
                .DescendantNodes().OfType<XText>().Sum(t => (long)t.Value.Length);
        }
        catch (RefusedException)
        {
            return null;
        }
    }

    /// <summary>Elements, deepest depth and elements named <c>p</c> (in any namespace, as the loader counts them); null when not well-formed.</summary>
    private static (int Elements, int Depth, int Paragraphs)? Count(byte[] data)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CheckCharacters = false, IgnoreComments = true, IgnoreProcessingInstructions = true };
        var (elements, depth, paragraphs) = (0, 0, 0);
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data, writable: false), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    elements++;
                    depth = Math.Max(depth, reader.Depth);
                    paragraphs += reader.LocalName == "p" ? 1 : 0;
                }
            }
        }
        catch (XmlException)
        {
            return null;
        }

        return (elements, depth, paragraphs);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string Show(byte[] token) => token.All(b => b is >= 0x20 and < 0x7F)
        ? $"\"{Encoding.ASCII.GetString(token)}\""
        : Convert.ToHexString(token);

    private static byte[] MainDocument(byte[] docx) => ZipEntries.Read(docx).First(e => e.Name == DocxPackage.DocumentPart).Data;

    /// <summary>The filled annex with the answer of O-1.1 made one text node longer than any cut.</summary>
    private static byte[] WithLongAnswer(byte[] filled)
    {
        var xml = Encoding.UTF8.GetString(filled);
        var answer = Filling.Complete["O-1.1"].Answer!;
        Assert.Contains(answer, xml, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(xml.Replace(answer, LongText(70_000, "prose"), StringComparison.Ordinal));
    }

    private static readonly (string Name, Func<byte[], byte[]> Make)[] RealVariants =
    [
        ("as saved", data => data),
        ("with a UTF-8 BOM", data => [0xEF, 0xBB, 0xBF, .. data]),
        ("without its XML declaration", data => Encoding.UTF8.GetBytes(WithoutDeclaration(Encoding.UTF8.GetString(data)))),
        ("with CRLF after its declaration, as Word writes it", data =>
            Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + WithoutDeclaration(Encoding.UTF8.GetString(data)))),
        ("indented", data => Encoding.UTF8.GetBytes(XDocument.Parse(Encoding.UTF8.GetString(data)).ToString(SaveOptions.None))),
        ("in the strict namespace", data => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(data).Replace(W, Strict, StringComparison.Ordinal))),
        ("in UTF-16", data => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + WithoutDeclaration(Encoding.UTF8.GetString(data)))]),
    ];

    private static byte[] Real(string name)
    {
        var source = RealSources.Value.Single(s => name.StartsWith(s.Name + ", ", StringComparison.Ordinal));
        var variant = RealVariants.Single(v => name == $"{source.Name}, {v.Name}");
        return variant.Make(source.Data);
    }

    private static string WithoutDeclaration(string xml)
    {
        xml = xml.TrimStart('\uFEFF');
        return xml.StartsWith("<?xml ", StringComparison.Ordinal) ? xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart() : xml;
    }

    /// <summary>
    /// <paramref name="length"/> characters of text as XML: ASCII, two-byte characters, character and
    /// entity references, prose mixing all of them, or surrogate pairs starting at even or (after an
    /// <c>a</c>) odd positions, so that one straddles the cut or a chunk's end.
    /// </summary>
    private static string LongText(int length, string kind)
    {
        if (kind == "prose")
        {
            var prose = string.Concat(Enumerable.Repeat("Réponse du candidat & de l’équipe < 3 ans 😀 ; ", 1 + (length / 40)))[..length];
            prose = char.IsHighSurrogate(prose[^1]) ? prose[..^1] + "z" : prose;
            return prose.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
        }

        var text = new StringBuilder(length * 6);
        var count = 0;
        if (kind == "a then pairs")
        {
            text.Append('a');
            count++;
        }

        while (count < length)
        {
            switch (kind)
            {
                case "ascii":
                    text.Append((char)('a' + (count % 26)));
                    count++;
                    break;
                case "accented":
                    text.Append('é');
                    count++;
                    break;
                case "references":
                    var piece = (count % 7) switch
                    {
                        0 => "&amp;",
                        1 => "&#x41;",
                        2 => "&lt;",
                        3 => "&#233;",
                        4 => "&gt;",
                        5 => "’",
                        _ => " ",
                    };
                    text.Append(piece);
                    count++;
                    break;
                default:
                    if (length - count >= 2)
                    {
                        text.Append("\U0001F600");
                        count += 2;
                    }
                    else
                    {
                        text.Append('z');
                        count++;
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private static string Doc(string body, string rootAttributes = "") =>
        $"<w:document xmlns:w=\"{W}\"{rootAttributes}><w:body>{body}</w:body></w:document>";

    private static string Run(string text) => $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>";

    /// <summary>A paragraph with an element whose <c>w:id</c> is kept and <c>w:name</c> is not, for attribute cases.</summary>
    private static string Attributes(string attributes) => Doc($"<w:p><w:bookmarkStart {attributes}/><w:r><w:t>a</w:t></w:r></w:p>");

    private static byte[] Utf8(string xml) => Encoding.UTF8.GetBytes(xml);

    /// <summary><paramref name="xml"/> as UTF-8 with <paramref name="raw"/> in place of its <c>@@</c>.</summary>
    private static byte[] Spliced(string xml, params byte[] raw)
    {
        var at = xml.IndexOf("@@", StringComparison.Ordinal);
        return [.. Utf8(xml[..at]), .. raw, .. Utf8(xml[(at + 2)..])];
    }

    private static string Nested(int levels, string open, string close, string inside) =>
        string.Concat(Enumerable.Repeat(open, levels)) + inside + string.Concat(Enumerable.Repeat(close, levels));

    private static Dictionary<string, byte[]> HandWrittenCases()
    {
        var cases = new Dictionary<string, byte[]>();
        void Add(string name, string xml) => cases.Add(name, Utf8(xml));
        void AddBytes(string name, byte[] data) => cases.Add(name, data);
        const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        var simple = Doc(Run("a"));
        byte[] bom = [0xEF, 0xBB, 0xBF];

        // XML declarations.
        Add("no XML declaration", simple);
        Add("declaration with encoding utf-8", "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + simple);
        Add("declaration with UTF-8 and standalone then CRLF, as Word writes it", Declaration + "\r\n" + simple);
        Add("declaration then a line feed", Declaration + "\n" + simple);
        Add("declaration in single quotes", "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>" + simple);
        Add("declaration without encoding", "<?xml version=\"1.0\"?>" + simple);
        Add("declaration with spaces around its equals signs", "<?xml version = \"1.0\"  encoding= \"UTF-8\" ?>" + simple);
        Add("declaration with standalone no", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>" + simple);
        Add("declaration with standalone maybe", "<?xml version=\"1.0\" standalone=\"maybe\"?>" + simple);
        Add("declaration with encoding before version", "<?xml encoding=\"UTF-8\" version=\"1.0\"?>" + simple);
        Add("declaration with an unknown pseudo-attribute", "<?xml version=\"1.0\" foo=\"bar\"?>" + simple);
        Add("declaration without space between pseudo-attributes", "<?xml version=\"1.0\"encoding=\"UTF-8\"?>" + simple);
        Add("declaration without version", "<?xml encoding=\"UTF-8\"?>" + simple);
        Add("declaration ISO-8859-1 on ASCII", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + simple);
        AddBytes("declaration ISO-8859-1 with a Latin-1 byte", Spliced("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + Doc(Run("caf@@")), 0xE9));
        Add("declaration ISO-8859-1 on UTF-8 bytes", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + Doc(Run("café’")));
        AddBytes("declaration windows-1252 with a curly apostrophe byte", Spliced("<?xml version=\"1.0\" encoding=\"windows-1252\"?>" + Doc(Run("l@@offre")), 0x92));
        Add("declaration us-ascii", "<?xml version=\"1.0\" encoding=\"us-ascii\"?>" + simple);
        Add("declaration utf8 without a hyphen", "<?xml version=\"1.0\" encoding=\"utf8\"?>" + simple);
        Add("declaration with an unknown encoding", "<?xml version=\"1.0\" encoding=\"x-bogus\"?>" + simple);
        Add("declaration UTF-16 on UTF-8 bytes", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + simple);
        Add("declaration with an encoding in spaces", "<?xml version=\"1.0\" encoding=\" UTF-8\"?>" + simple);
        Add("declaration version 1.1", "<?xml version=\"1.1\" encoding=\"UTF-8\"?>" + simple);
        Add("declaration after a space", " " + Declaration + simple);
        Add("declaration after a line feed", "\n" + Declaration + simple);
        Add("declaration in upper case", "<?XML version=\"1.0\"?>" + simple);
        Add("declaration twice", Declaration + Declaration + simple);
        Add("declaration after the root", simple + Declaration);
        Add("declaration not closed", "<?xml version=\"1.0\" " + simple);
        Add("xml-stylesheet instruction before the root", "<?xml-stylesheet href=\"a.xsl\" type=\"text/xsl\"?>" + simple);
        Add("declaration then xml-stylesheet instruction", Declaration + "<?xml-stylesheet href=\"a.xsl\"?>" + simple);

        // Byte order marks and UTF-16.
        AddBytes("UTF-8 BOM", [.. bom, .. Utf8(simple)]);
        AddBytes("UTF-8 BOM and declaration", [.. bom, .. Utf8(Declaration + simple)]);
        AddBytes("UTF-8 BOM and ISO-8859-1 declaration", [.. bom, .. Utf8("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + Doc(Run("é")))]);
        AddBytes("UTF-8 BOM and UTF-16 declaration", [.. bom, .. Utf8("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + simple)]);
        AddBytes("UTF-8 BOM twice", [.. bom, .. bom, .. Utf8(simple)]);
        AddBytes("UTF-8 BOM only", bom);
        AddBytes("UTF-8 BOM then a space and the declaration", [.. bom, .. Utf8(" " + Declaration + simple)]);
        AddBytes("UTF-16 little-endian with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Doc(Run("é’😀")))]);
        AddBytes("UTF-16 big-endian with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Doc(Run("é’😀")))]);
        AddBytes("UTF-16 with BOM and declaration", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + simple)]);
        AddBytes("UTF-16 without BOM, with declaration", Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + simple));
        AddBytes("UTF-16 without BOM or declaration", Encoding.Unicode.GetBytes(simple));
        AddBytes("UTF-16 with a control character", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Doc(Run("a\u0001b")))]);
        AddBytes("UTF-16 BOM on UTF-8 bytes", [0xFF, 0xFE, .. Utf8(simple)]);
        AddBytes("UTF-32 with BOM", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(simple)]);

        // Entity and character references.
        Add("predefined entities in text", Doc(Run("&amp; &lt; &gt; &quot; &apos;")));
        Add("predefined entities in a read attribute", Attributes("w:id=\"&amp;&lt;&gt;&quot;&apos;\" w:name=\"&amp;\""));
        Add("decimal character references", Doc(Run("&#65;&#233;&#8217;&#128512;")));
        Add("hexadecimal character references", Doc(Run("&#x41;&#xe9;&#x2019;&#xE9;&#x1F600;")));
        Add("character references with leading zeros", Doc(Run("&#0065;&#x0041;&#x00000041;")));
        Add("hexadecimal reference with an upper-case X", Doc(Run("&#X41;")));
        Add("character reference &#1;", Doc(Run("a&#1;b")));
        Add("character reference &#0;", Doc(Run("a&#0;b")));
        Add("character references &#x1F; and &#x7F;", Doc(Run("&#x1F;&#x7F;")));
        Add("character references &#9; &#10; &#13; in text", Doc(Run("a&#9;b&#10;c&#13;d&#13;&#10;e")));
        Add("character reference &#xD800;", Doc(Run("a&#xD800;b")));
        Add("character reference &#xDFFF;", Doc(Run("a&#xDFFF;b")));
        Add("a surrogate pair as two character references", Doc(Run("&#xD83D;&#xDE00;")));
        Add("character reference &#x10FFFF;", Doc(Run("&#x10FFFF;")));
        Add("character reference &#x110000;", Doc(Run("&#x110000;")));
        Add("character references &#xFFFE; and &#xFFFF;", Doc(Run("&#xFFFE;&#xFFFF;")));
        Add("character reference without a semicolon", Doc(Run("&#65 b")));
        Add("empty character references", Doc(Run("&#;&#x;")));
        Add("character reference beyond an int", Doc(Run("&#99999999999;")));
        Add("negative character reference", Doc(Run("&#-1;")));
        Add("character reference in a read attribute", Attributes("w:id=\"&#x41;&#1;&#xD800;\""));
        Add("undefined entity &nbsp;", Doc(Run("a&nbsp;b")));
        Add("entity in upper case &AMP;", Doc(Run("&AMP;")));
        Add("bare ampersand", Doc(Run("a & b")));
        Add("ampersand at the end of a text", Doc(Run("a&")));
        Add("&amp without a semicolon", Doc(Run("&amp b")));
        Add("undefined entity in an attribute", Attributes("w:id=\"&nbsp;\""));
        Add("references outside w:t", Doc("<w:p>&amp;&#1;&#xD800;&#x1F600;<w:r><w:t>a</w:t></w:r></w:p>"));

        // Attributes.
        Add("< in an attribute value", Attributes("w:id=\"a<b\""));
        Add("> in an attribute value", Attributes("w:id=\"a>b\""));
        Add("literal tab and line feed in a read attribute", Attributes("w:id=\"a\tb\nc  d\""));
        Add("&#10; &#9; &#13; in a read attribute", Attributes("w:id=\"a&#10;b&#9;c&#13;d\""));
        Add("single-quoted attributes", Attributes("w:id='1' w:name='x'"));
        Add("quotes of the other kind inside attribute values", Attributes("w:id='a\"b' w:name=\"c'd\""));
        Add("whitespace around =", Attributes("w:id = \"1\" w:name  =  'x'"));
        Add("line feeds and tabs around =", Attributes("w:id\n=\t\"1\""));
        Add("attributes without whitespace between them", Attributes("w:id=\"1\"w:name=\"x\""));
        Add("duplicate read attribute", Attributes("w:id=\"1\" w:id=\"2\""));
        Add("duplicate unread attribute", Attributes("w:name=\"1\" w:name=\"2\""));
        Add("duplicate attribute through two prefixes of one namespace", Doc("<w:p><w:bookmarkStart w:id=\"1\" w2:id=\"2\"/></w:p>", $" xmlns:w2=\"{W}\""));
        Add("one local name in two namespaces", Doc("<w:p><w:bookmarkStart w:id=\"1\" x:id=\"2\" id=\"3\"/></w:p>", " xmlns:x=\"urn:x\""));
        Add("read attributes without a prefix", Attributes("id=\"1\" val=\"2\" name=\"3\""));
        Add("every read attribute name", Attributes("w:val=\"1\" w:id=\"2\" w:displayText=\"3\" w:value=\"4\" w:fullDate=\"5\" w:instr=\"6\" w:name=\"7\" w:rsidR=\"8\""));
        Add("unquoted attribute value", Attributes("w:id=1"));
        Add("attribute without a value", Attributes("w:id"));
        Add("attribute value not closed", Attributes("w:id=\"1 w:name=\"2\""));
        Add("empty attribute values", Attributes("w:id=\"\" w:name=''"));
        Add("attribute on an end tag", Doc("<w:p><w:r><w:t>a</w:t w:id=\"1\"></w:r></w:p>"));
        Add("non-ASCII attribute value", Attributes("w:id=\"é’😀段\""));
        Add("xml:space preserve on w:t", Doc("<w:p><w:r><w:t xml:space=\"preserve\"> a </w:t><w:t xml:space=\"default\"> b </w:t></w:r></w:p>"));
        Add("xml:lang on a paragraph", Doc("<w:p xml:lang=\"fr-FR\" xml:id=\"x\"><w:r><w:t>a</w:t></w:r></w:p>"));
        Add("prefix xml declared as itself", Doc(Run("a"), " xmlns:xml=\"http://www.w3.org/XML/1998/namespace\""));
        Add("prefix xml bound elsewhere", Doc(Run("a"), " xmlns:xml=\"urn:x\""));
        Add("prefix xmlns declared", Doc(Run("a"), " xmlns:xmlns=\"urn:x\""));
        Add("a prefix bound to the xmlns namespace", Doc(Run("a"), " xmlns:x=\"http://www.w3.org/2000/xmlns/\""));
        Add("xmlns:val declared on the root", Doc(Run("a"), " xmlns:val=\"urn:v\" xmlns:id=\"urn:i\""));
        Add("xmlns:w declared twice on the root", Doc(Run("a"), $" xmlns:w=\"{W}\""));

        // Namespaces.
        Add("undeclared prefix on an element", Doc("<x:p><w:r><w:t>a</w:t></w:r></x:p>"));
        Add("undeclared prefix on an attribute", Doc("<w:p x:id=\"1\"><w:r><w:t>a</w:t></w:r></w:p>"));
        Add("default namespace is WordprocessingML", $"<document xmlns=\"{W}\"><body><p><pPr><rPr><ins id=\"1\"/></rPr></pPr><r><t>a</t></r></p></body></document>");
        Add("default namespace and prefix both WordprocessingML", $"<w:document xmlns=\"{W}\" xmlns:w=\"{W}\"><body><w:p><r><w:t>a</w:t><t>b</t></r></w:p></body></w:document>");
        Add("default namespace undeclared on an inner element", $"<document xmlns=\"{W}\"><body><p xmlns=\"\"><r><t>a</t></r></p></body></document>");
        Add("xmlns on an inner element, as in a drawing", Doc("<w:p><w:r><w:drawing><a:graphic xmlns:a=\"urn:x\"><a:graphicData><a:t>x</a:t><a:p/></a:graphicData></a:graphic></w:drawing><w:t>b</w:t></w:r></w:p>"));
        Add("DrawingML paragraphs declared on an inner element", Doc($"<w:p><w:r><w:drawing><a:p xmlns:a=\"{Drawing}\"><a:r><a:t>x</a:t></a:r></a:p><a:p xmlns:a=\"{Drawing}\"/></w:drawing></w:r></w:p>"));
        Add("DrawingML paragraphs declared on the root", Doc("<w:p><w:r><w:drawing><a:p><a:r><a:t>x</a:t></a:r></a:p><a:p/><a:p/></w:drawing></w:r></w:p>", $" xmlns:a=\"{Drawing}\""));
        Add("prefix w rebound to another namespace on an inner element", Doc("<w:p xmlns:w=\"urn:other\"><w:pPr><w:ins/></w:pPr><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r></w:p>"));
        Add("prefix w rebound to its own namespace on an inner element", Doc($"<w:p xmlns:w=\"{W}\"><w:r><w:t>a</w:t></w:r></w:p>"));
        Add("prefix w rebound to the strict namespace on an inner element", Doc($"<w:p xmlns:w=\"{Strict}\"><w:pPr><w:b/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>"));
        Add("prefix w unbound by an empty URI", Doc("<w:p xmlns:w=\"\"><w:r/></w:p>"));
        Add("strict namespace", Doc(
            "<w:p><w:pPr><w:rPr><w:ins w:id=\"1\"/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id=\"2\"/></w:rPr><w:t>a</w:t><w:instrText>b</w:instrText></w:r></w:p>"
            + "<w:sdt><w:sdtPr><w:alias/><w:tag w:val=\"t\"/></w:sdtPr><w:sdtContent/></w:sdt>").Replace(W, Strict, StringComparison.Ordinal));
        Add("transitional and strict in one document", Doc("<s:p><s:r><s:rPr><s:b/></s:rPr><s:t>a</s:t></s:r></s:p><w:p><s:t>b</s:t></w:p>", $" xmlns:s=\"{Strict}\""));
        Add("elements in no namespace", Doc("<p><pPr><b/></pPr><r><t>a</t></r></p>"));
        Add("names of formatting and text in another namespace", Doc("<x:p><x:pPr><x:b/></x:pPr><x:r><x:rPr/><x:t>a</x:t></x:r><x:sdtPr><x:alias/></x:sdtPr></x:p>", " xmlns:x=\"urn:x\""));
        Add("Word's root declarations and mc:Ignorable", Doc(Run("a"),
            " xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14 wp14\""));

        // Formatting and the revision marks it may hold.
        Add("run formatting holding rPrChange", Doc("<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id=\"7\" w:author=\"X\" w:date=\"2026-01-01T00:00:00Z\"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>a</w:t></w:r></w:p>"));
        Add("inserted paragraph mark: w:ins in pPr/rPr", Doc("<w:p><w:pPr><w:pStyle w:val=\"T\"/><w:rPr><w:ins w:id=\"1\" w:author=\"A\"/></w:rPr></w:pPr><w:r><w:t>a</w:t></w:r></w:p>"));
        Add("revision marks nested in formatting", Doc("<w:p><w:pPr><w:pPrChange w:id=\"1\"><w:pPr><w:rPr><w:del w:id=\"2\"/><w:ins w:id=\"3\"><w:moveFrom w:id=\"4\"/></w:ins></w:rPr></w:pPr></w:pPrChange></w:pPr></w:p>"));
        Add("every revision mark name in formatting", Doc("<w:p><w:pPr>" + string.Concat(new[]
        {
            "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange",
            "tblGridChange", "numberingChange", "cellIns", "cellDel", "cellMerge", "insX",
        }.Select(n => $"<w:{n} w:id=\"{n}\"/>")) + "</w:pPr></w:p>"));
        Add("revision mark of another namespace inside formatting", Doc("<w:p><w:r><w:rPr><x:ins x:id=\"1\" w:id=\"2\"/></w:rPr></w:r></w:p>", " xmlns:x=\"urn:x\""));
        Add("revision mark holding text inside formatting", Doc("<w:p><w:pPr><w:ins w:id=\"1\"><w:r><w:t>x</w:t></w:r>y</w:ins></w:pPr></w:p>"));
        Add("empty formatting elements", Doc("<w:p><w:pPr/><w:r><w:rPr/><w:t>a</w:t></w:r><w:r><w:rPr></w:rPr></w:r></w:p><w:sectPr/>"));
        Add("formatting without revision marks", Doc("<w:p><w:pPr><w:pStyle w:val=\"T\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr><w:t>a</w:t></w:r></w:p>"));
        Add("every kind of formatting element", Doc(
            "<w:tbl><w:tblPr><w:tblW w:w=\"0\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"1\"/></w:tblGrid><w:tr><w:tblPrEx><w:tblBorders/></w:tblPrEx><w:trPr><w:cantSplit/></w:trPr>"
            + "<w:tc><w:tcPr><w:tcW w:w=\"1\"/><w:cellIns w:id=\"1\"/></w:tcPr><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:sectPr><w:pgSz w:w=\"1\"/><w:sectPrChange w:id=\"2\"/></w:sectPr>"));
        Add("formatting inside formatting", Doc("<w:p><w:r><w:rPr><w:rPr><w:ins w:id=\"1\"/></w:rPr></w:rPr></w:r></w:p>"));
        Add("text directly inside formatting", Doc("<w:p><w:r><w:rPr>x<w:t>y</w:t></w:rPr></w:r></w:p>"));
        Add("the root is a formatting element", $"<w:rPr xmlns:w=\"{W}\"><w:b/></w:rPr>");
        Add("the root is an empty formatting element", $"<w:rPr xmlns:w=\"{W}\"/>");

        // Content-control properties, of which only some children are built.
        Add("content control properties read and not read", Doc(
            "<w:sdt><w:sdtPr><w:rPr><w:b/></w:rPr><w:alias w:val=\"Réponse\"/><w:tag w:val=\"clausier:O-1.1:status\"/><w:id w:val=\"3\"/><w:lock w:val=\"sdtLocked\"/>"
            + "<w:placeholder><w:docPart w:val=\"x\"/></w:placeholder><w:showingPlcHdr/><w:dropDownList w:lastValue=\"oui\"><w:listItem w:displayText=\"Oui\" w:value=\"oui\"/></w:dropDownList></w:sdtPr>"
            + "<w:sdtEndPr><w:rPr/></w:sdtEndPr><w:sdtContent><w:p><w:r><w:t>Oui</w:t></w:r></w:p></w:sdtContent></w:sdt>"));
        Add("content control properties holding a revision mark", Doc("<w:sdt><w:sdtPr><w:alias w:val=\"a\"><w:ins w:id=\"1\"/></w:alias><w:tag w:val=\"t\"/><w:lock><w:del w:id=\"2\"/></w:lock></w:sdtPr></w:sdt>"));
        Add("content control properties holding formatting with a revision mark", Doc("<w:sdt><w:sdtPr><w:rPr><w:b/><w:rPrChange w:id=\"1\"/></w:rPr><w:tag w:val=\"t\"/></w:sdtPr></w:sdt>"));
        Add("empty content control properties", Doc("<w:sdt><w:sdtPr/><w:sdtContent/></w:sdt><w:sdt><w:sdtPr></w:sdtPr></w:sdt>"));
        Add("content control properties inside content control properties", Doc("<w:sdt><w:sdtPr><w:sdtPr><w:tag w:val=\"inner\"/></w:sdtPr><w:tag w:val=\"outer\"/></w:sdtPr></w:sdt>"));
        Add("date and combo box properties", Doc(
            "<w:sdt><w:sdtPr><w:date w:fullDate=\"2026-01-01T00:00:00Z\"><w:dateFormat w:val=\"dd/MM/yyyy\"/><w:lid w:val=\"fr-FR\"/></w:date>"
            + "<w:comboBox><w:listItem w:displayText=\"a\" w:value=\"b\"/></w:comboBox><w:showingPlcHdr></w:showingPlcHdr><w:tag></w:tag></w:sdtPr></w:sdt>"));
        Add("text directly inside content control properties", Doc("<w:sdt><w:sdtPr>x<w:tag w:val=\"t\">y</w:tag>z<w:alias>w</w:alias></w:sdtPr></w:sdt>"));
        Add("content control properties of another namespace", Doc("<w:sdt><x:sdtPr><x:alias/><x:tag/></x:sdtPr></w:sdt>", " xmlns:x=\"urn:x\""));

        // Text: only a run's text and field instructions are kept.
        Add("text outside w:t", Doc("<w:p>x<w:r>y<w:t>z</w:t>w</w:r>v</w:p>u"));
        Add("indentation between elements", Doc("\n  <w:p>\n    <w:r>\n      <w:t>a</w:t>\n    </w:r>\n  </w:p>\n"));
        Add("whitespace-only w:t", Doc("<w:p><w:r><w:t xml:space=\"preserve\">   </w:t><w:t> </w:t><w:t>\t\n</w:t></w:r></w:p>"));
        Add("empty w:t", Doc("<w:p><w:r><w:t></w:t><w:t/><w:t xml:space=\"preserve\"/></w:r></w:p>"));
        Add("w:instrText", Doc("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://x\" \\o &quot;a&quot; </w:instrText></w:r></w:p>"));
        Add("w:delText", Doc("<w:p><w:del w:id=\"1\"><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>"));
        Add("element inside w:t", Doc("<w:p><w:r><w:t>a<w:x>b<w:y/>c</w:x>d</w:t></w:r></w:p>"));
        Add("w:t inside w:t", Doc("<w:p><w:r><w:t>a<w:t>b</w:t>c</w:t>d</w:r></w:p>"));
        Add("w:t inside w:instrText", Doc("<w:p><w:r><w:instrText>a<w:t>b</w:t>c</w:instrText></w:r></w:p>"));
        Add("w:t at the root", $"<w:t xmlns:w=\"{W}\">a</w:t>");
        Add("text with ]]>", Doc(Run("a]]>b")));
        Add("text with ]] and > apart", Doc(Run("a]] >b]")));
        Add("text with >", Doc(Run("a>b")));
        Add("]]> outside w:t", Doc("<w:p>]]></w:p>"));
        Add("CDATA in w:t", Doc(Run("<![CDATA[a]]>")));
        Add("CDATA outside w:t", Doc("<w:p><![CDATA[a]]><w:r><w:t>b</w:t></w:r></w:p>"));
        Add("CDATA holding markup and ]]", Doc(Run("<![CDATA[<w:t>&amp;]]]]>")));
        Add("text split by CDATA", Doc(Run("a<![CDATA[b]]>c")));
        Add("empty CDATA", Doc(Run("<![CDATA[]]>")));
        Add("CDATA not closed", Doc(Run("<![CDATA[a")));
        Add("CDATA in lower case", Doc(Run("<![cdata[a]]>")));
        Add("CDATA before the root", "<![CDATA[a]]>" + simple);

        // Comments, processing instructions and DOCTYPEs.
        Add("comment in w:t", Doc(Run("a<!-- c -->b")));
        Add("comment in the body", Doc("<!-- c -->" + Run("a")));
        Add("comment before the root", "<!-- c -->" + simple);
        Add("comment after the root", simple + "<!-- c -->");
        Add("comment holding --", Doc(Run("<!-- a -- b -->")));
        Add("comment ending in --->", Doc(Run("<!-- a --->")));
        Add("empty comment", Doc(Run("<!---->")));
        Add("comment not closed", Doc(Run("<!-- a")));
        Add("processing instruction in the body", Doc("<?pi x?>" + Run("a")));
        Add("processing instruction in w:t", Doc(Run("a<?pi x?>b")));
        Add("processing instruction before the root", "<?pi x?>" + simple);
        Add("processing instruction after the root", simple + "<?pi x?>");
        Add("processing instruction named xml in the body", Doc("<?xml version=\"1.0\"?>" + Run("a")));
        Add("processing instruction without a target", Doc("<? x?>" + Run("a")));
        Add("processing instruction not closed", Doc("<?pi x" + Run("a")));
        Add("DOCTYPE", "<!DOCTYPE w:document>" + simple);
        Add("DOCTYPE with an internal subset declaring an entity", "<!DOCTYPE w:document [<!ENTITY e \"x\">]>" + Doc(Run("&e;")));
        Add("DOCTYPE with an external entity", HostileFiles.Doctype);
        Add("DOCTYPE in lower case", "<!doctype w:document>" + simple);
        Add("DOCTYPE after the root", simple + "<!DOCTYPE d>");
        Add("DOCTYPE inside a comment", Doc(Run("a<!-- <!DOCTYPE d> -->")));
        Add("DOCTYPE inside a comment, with a control character", Doc(Run("a\u0001<!-- <!DOCTYPE d> -->")));
        Add("DOCTYPE inside CDATA", Doc(Run("<![CDATA[<!DOCTYPE d>]]>")));
        Add("DOCTYPE inside CDATA, with a mismatched tag", Doc(Run("<![CDATA[<!DOCTYPE d>]]>") + "</w:x>"));

        // Structure.
        Add("mismatched end tag", Doc("<w:p><w:r><w:t>a</w:r></w:t></w:p>"));
        Add("end tag with another prefix of the same namespace", Doc("<w:p><w:r><w:t>a</w:t></w2:r></w:p>", $" xmlns:w2=\"{W}\""));
        Add("root not closed", $"<w:document xmlns:w=\"{W}\"><w:body>" + Run("a"));
        Add("paragraph not closed", Doc("<w:p><w:r><w:t>a</w:t></w:r>"));
        Add("two root elements", simple + simple);
        Add("text after the root", simple + "x");
        Add("whitespace after the root", simple + " \n\t ");
        Add("element after the root", simple + "<w:p/>");
        Add("end tag without a start tag", Doc("</w:p>" + Run("a")));
        Add("end tag with whitespace before >", Doc("<w:p><w:r><w:t>a</w:t ></w:r\n></w:p\t>"));
        Add("end tag with whitespace after </", Doc("<w:p><w:r><w:t>a</ w:t></w:r></w:p>"));
        Add("empty element with whitespace before />", Doc("<w:p ><w:r\n/><w:r><w:t>a</w:t></w:r></w:p>"));
        Add("slash apart from > in an empty element", Doc("<w:p/ >"));
        Add("line feed before > in a start tag", Doc("<w:p\n><w:r\t><w:t\n>a</w:t></w:r></w:p>"));
        Add("lone < in text", Doc(Run("a < b")));
        Add("< followed by a digit", Doc(Run("a<1")));
        Add("lone > outside w:t", Doc("<w:p>></w:p>"));
        Add("<> in text", Doc(Run("a<>b")));
        Add("</> in text", Doc(Run("a</>b")));
        Add("only a root start tag", $"<w:document xmlns:w=\"{W}\">");
        Add("an empty root", $"<w:document xmlns:w=\"{W}\"/>");
        Add("a root holding only text", $"<w:document xmlns:w=\"{W}\">x</w:document>");
        Add("a root that is not w:document", "<x><y>a</y></x>");

        // Names.
        Add("non-ASCII element names", Doc("<w:é/><w:paragraphé>x</w:paragraphé><w:p><w:r><w:tÿ>a</w:tÿ></w:r></w:p>"));
        Add("non-ASCII prefix", Doc("<é:x xmlns:é=\"urn:é\"><é:t>a</é:t></é:x>"));
        Add("names with . - _ and digits", Doc("<w:a.b-c_1/><w:_x/><w:p-1><w:r.2><w:t>a</w:t></w:r.2></w:p-1>"));
        Add("attribute names with . - _ and digits", Attributes("w:a.b-c_1=\"x\" w:_id=\"y\" w:id.1=\"z\""));
        Add("name starting with a digit", Doc("<w:1p/>"));
        Add("name starting with a hyphen", Doc("<w:-p/>"));
        Add("name starting with a dot", Doc("<w:.p/>"));
        Add("name with a middle dot", Doc("<w:a·b/>"));
        Add("name starting with a middle dot", Doc("<w:·b/>"));
        Add("name starting with a combining accent", Doc("<w:\u0301a/>"));
        Add("name with an ideograph", Doc("<w:段落>a</w:段落>"));
        Add("name with an emoji", Doc("<w:a😀/>"));
        Add("name with two colons", Doc("<w:a:b/>"));
        Add("name ending with a colon", Doc("<w:/>"));
        Add("name with a colon and no prefix", Doc("<:p/>"));

        // Characters.
        Add("accented text", Doc(Run("Déjà été, ça coûte 10 € à l'œuvre")));
        Add("typographic apostrophe and non-breaking spaces", Doc(Run("l’offre\u00A0: «\u202Foui\u202F»")));
        Add("emoji", Doc(Run("😀👍🏽 ok")));
        Add("CJK text", Doc(Run("安全附件")));
        Add("line and paragraph separators", Doc(Run("a\u2028b\u2029c")));
        Add("next line character", Doc(Run("a\u0085b")));
        Add("zero-width no-break space in text", Doc(Run("a\uFEFFb")));
        Add("private use character and replacement character", Doc(Run("a\uE000b\uFFFDc")));

        // Bytes that are not UTF-8.
        AddBytes("lone continuation byte", Spliced(Doc(Run("a@@b")), 0x80));
        AddBytes("lone C3 before ASCII", Spliced(Doc(Run("a@@b")), 0xC3));
        AddBytes("lone C3 at the end of the file", [.. Utf8(simple), 0xC3]);
        AddBytes("byte FF", Spliced(Doc(Run("a@@b")), 0xFF));
        AddBytes("overlong slash C0 AF", Spliced(Doc(Run("a@@b")), 0xC0, 0xAF));
        AddBytes("overlong three-byte E0 80 AF", Spliced(Doc(Run("a@@b")), 0xE0, 0x80, 0xAF));
        AddBytes("overlong less-than C0 BC", Spliced(Doc("<w:p>@@w:r/></w:p>"), 0xC0, 0xBC));
        AddBytes("UTF-8 encoded surrogate ED A0 80", Spliced(Doc(Run("a@@b")), 0xED, 0xA0, 0x80));
        AddBytes("code point above U+10FFFF", Spliced(Doc(Run("a@@b")), 0xF4, 0x90, 0x80, 0x80));
        AddBytes("five-byte sequence", Spliced(Doc(Run("a@@b")), 0xF8, 0x88, 0x80, 0x80, 0x80));
        AddBytes("truncated four-byte sequence", Spliced(Doc(Run("a@@b")), 0xF0, 0x9F, 0x98));
        AddBytes("invalid UTF-8 in a read attribute", Spliced(Attributes("w:id=\"a@@b\""), 0xC3));
        AddBytes("invalid UTF-8 in an element name", Spliced(Doc("<w:a@@b/>"), 0xC3));
        AddBytes("invalid UTF-8 outside w:t", Spliced(Doc("<w:p>@@</w:p>"), 0xFF));
        AddBytes("invalid UTF-8 with a control character elsewhere", Spliced(Doc(Run("a@@b") + Run("\u0001")), 0xC3));

        // Characters XML forbids, raw.
        Add("raw 0x01 in w:t", Doc(Run("a\u0001b")));
        Add("raw 0x0B in w:t", Doc(Run("a\u000Bb")));
        Add("raw 0x1F outside w:t", Doc("<w:p>\u001F<w:r><w:t>a</w:t></w:r></w:p>"));
        Add("raw DEL and C1 control characters", Doc(Run("a\u007Fb\u0080c\u009Fd")));
        Add("raw 0x01 in a read attribute", Attributes("w:id=\"a\u0001b\""));
        Add("raw 0x0B in an unread attribute", Attributes("w:name=\"a\u000Bb\""));
        Add("raw 0x01 between attributes", Attributes("w:id=\"1\"\u0001w:name=\"2\""));
        Add("raw 0x01 in an element name", Doc("<w:a\u0001b/>"));
        Add("raw 0x01 before the root", "\u0001" + simple);
        Add("raw 0x01 in a comment", Doc(Run("a<!-- \u0001 -->b")));
        Add("raw control character and a mismatched tag after it", Doc(Run("a\u0001b") + "<w:p></w:q>"));
        Add("raw control character and a mismatched tag before it", Doc("<w:p></w:q>" + Run("a\u0001b")));
        Add("U+FFFE in w:t", Doc(Run("a\uFFFEb")));
        Add("U+FFFF in w:t", Doc(Run("a\uFFFFb")));
        Add("U+FFFE in a read attribute", Attributes("w:id=\"a\uFFFEb\""));
        Add("NUL in w:t", Doc(Run("a\0b")));
        Add("NUL in a read attribute", Attributes("w:id=\"a\0b\""));
        Add("NUL before the root", "\0" + simple);
        Add("NUL at the end of the file", simple + "\0");

        // Line ends: XML reads CRLF and a lone CR as one LF in text, and as one space in attribute values.
        Add("CRLF in w:t", Doc(Run("a\r\nb")));
        Add("lone CR in w:t", Doc(Run("a\rb")));
        Add("CR CR LF in w:t", Doc(Run("a\r\r\nb\r")));
        Add("CR in a read attribute", Attributes("w:id=\"a\rb\""));
        Add("CRLF in a read attribute", Attributes("w:id=\"a\r\nb\""));
        Add("CRLF between elements", Doc("\r\n<w:p>\r\n<w:r><w:t>a</w:t></w:r></w:p>\r\n"));
        Add("CR at the end of the file", simple + "\r");
        Add("CR between attributes", Attributes("w:id=\"1\"\rw:name=\"2\"\r\n"));

        // Empty and nearly empty files.
        AddBytes("empty file", []);
        Add("whitespace-only file", "   ");
        Add("tabs and line feeds only", "\t\n\n\t");
        Add("only an XML declaration", Declaration);
        Add("only text", "a");

        // Depth and size. The root is at depth 0 and the body at 1.
        Add("elements 255 levels deep", Doc(Nested(254, "<w:x>", "</w:x>", "")));
        Add("elements 256 levels deep", Doc(Nested(255, "<w:x>", "</w:x>", "")));
        Add("elements 300 levels deep", Doc(Nested(298, "<w:x>", "</w:x>", "")));
        Add("paragraphs 300 levels deep with text at the bottom", Doc(Nested(298, "<w:p>", "</w:p>", "<w:t>a</w:t>")));
        Add("formatting 300 levels deep", Doc("<w:p><w:r><w:rPr>" + Nested(295, "<w:b>", "</w:b>", "") + "</w:rPr></w:r></w:p>"));
        Add("formatting 300 levels deep with a revision mark at the bottom", Doc("<w:p><w:r><w:rPr>" + Nested(295, "<w:b>", "</w:b>", "<w:ins w:id=\"1\"/>") + "</w:rPr></w:r></w:p>"));
        Add("two thousand paragraphs", Doc(string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>a</w:t></w:r></w:p>", 2_000))));
        Add("many attributes on one element", Attributes(string.Join(" ", Enumerable.Range(0, 500).Select(i => $"w:a{i}=\"{i}\"")) + " w:id=\"x\""));
        Add("a long element name", Doc($"<w:{new string('n', 10_000)}/>"));
        Add("a long unread attribute value", Attributes($"w:name=\"{new string('v', 70_000)}\" w:id=\"1\""));
        Add("a long read attribute value", Attributes($"w:id=\"{new string('v', 70_000)}\""));
        Add("a long text outside w:t", Doc($"<w:p>{new string('x', 70_000)}</w:p>"));

        // Found by review: a < after a reference in an attribute value, the root of Word 365, whitespace
        // around the root (a text node XmlReader's path counts), names by the thousand.
        Add("a < after an entity in a kept attribute", Attributes("w:id=\"&amp;<\""));
        Add("a < after a character reference in a kept attribute", Attributes("w:id=\"&#65;<b\""));
        Add("a < after an entity in an attribute not kept", Attributes("w:name=\"&amp;<\""));
        Add("the root of Word 365, with its three dozen namespaces", Doc(Run("a"), Word365RootAttributes()));
        Add("a line feed after the root", simple + "\n");
        Add("a line feed before the root", "\n" + simple);
        Add("1,100 distinct element names", Doc(string.Concat(Enumerable.Range(0, 1100).Select(i => $"<w:x{i}/>"))));
        Add("1,100 distinct attribute names", Doc($"<w:p>{string.Concat(Enumerable.Range(0, 1100).Select(i => $"<w:r w:a{i}=\"1\"/>"))}</w:p>"));
        return cases;
    }

    /// <summary>What Word 365 declares on <c>w:document</c>, prefixes and namespaces as it writes them.</summary>
    private static string Word365RootAttributes()
    {
        string[] prefixes =
        [
            "wpc", "cx", "cx1", "cx2", "cx3", "cx4", "cx5", "cx6", "cx7", "cx8", "mc", "aink", "am3d", "o", "oel", "r", "m", "v",
            "wp14", "wp", "w10", "w14", "w15", "w16cex", "w16cid", "w16", "w16du", "w16sdtdh", "w16sdtfl", "w16se", "wpg", "wpi", "wne", "wps",
        ];
        var declarations = string.Concat(prefixes.Select(p => p switch
        {
            "mc" => " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"",
            "r" => " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"",
            _ => $" xmlns:{p}=\"http://schemas.microsoft.com/office/word/2010/{p}\"",
        }));
        return declarations + " mc:Ignorable=\"w14 w15 w16se w16cid w16 w16cex w16sdtdh w16sdtfl w16du wp14\"";
    }
}
