using Clausier.Core.Diagnostics;
using Clausier.Core.Text;

namespace Clausier.Word.Markdown;

/// <summary>
/// A template can produce Markdown nested past Markdig's limit (a block quote opened a hundred
/// thousand times): the refusal becomes CLZ3010 at the first line that nests that deep.
/// </summary>
internal static class NestingLimit
{
    public static Diagnostic Report(string markdown, string sourcePath) =>
        Diagnostic.Of(DiagnosticSeverity.Error, "CLZ3010",
            MarkdownNesting.DeepestLine(markdown, sourcePath, AnnexMarkdown.Pipeline.MaximumNestingDepth), AnnexMarkdown.Pipeline.MaximumNestingDepth);
}
