using System.Text.RegularExpressions;
using Clausier.Core.Diagnostics;
using Clausier.Core.Text;
using Markdig;
using Markdig.Syntax;

namespace Clausier.Core.Loading;

/// <summary>
/// Reads one section file into drafts: headings classified as section, group or control point, the
/// field list that follows each, and the body as the author's own Markdown source.
/// </summary>
internal static partial class SectionFileReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static SectionFileDraft Read(string file, string text, DiagnosticBag diagnostics)
    {
        var lines = new LineMap(file, text);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (Exception ex) when (MarkdownNesting.IsExceeded(ex))
        {
            // The file is unusable, not the tool broken.
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1213", MarkdownNesting.DeepestLine(text, file, Pipeline.MaximumNestingDepth), Pipeline.MaximumNestingDepth);
            return new SectionFileDraft(file, [], []);
        }

        var state = new ReaderState(file, text, lines, diagnostics);
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                state.Close();
                state.Open(heading, HeadingText(text, heading));
            }
            else
            {
                state.Add(block);
            }
        }

        state.Close();
        if (state.Sections.Count == 0)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1114", lines.At(0));
        }

        return new SectionFileDraft(file, state.Sections, state.Points);
    }

    private static string HeadingText(string text, HeadingBlock heading)
    {
        var raw = text.Substring(heading.Span.Start, heading.Span.Length);
        return raw.TrimStart('#').Trim().TrimEnd('#').Trim();
    }

    [GeneratedRegex(@"^(?<id>O-\S*)\s*(?<title>.*)$", RegexOptions.Singleline)]
    internal static partial Regex PointHeading();

    [GeneratedRegex(@"^O-\d+(\.\d+)+$")]
    internal static partial Regex PointId();

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)*)\.?\s+(?<title>.+)$", RegexOptions.Singleline)]
    internal static partial Regex SectionHeading();

    [GeneratedRegex(@"^\*\*(?<name>[^*]+?)\s*:?\s*\*\*\s*:?\s*(?<value>.*)$", RegexOptions.Singleline)]
    internal static partial Regex FieldItem();
}
