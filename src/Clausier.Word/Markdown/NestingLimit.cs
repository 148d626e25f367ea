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
        Diagnostic.Error(WordDiagnosticIds.NestedTooDeep,
            $"The annex Markdown nests deeper than {AnnexMarkdown.Pipeline.MaximumNestingDepth} levels (block quotes, lists or emphasis inside each other); no annex needs more than a few. The annex was not written.",
            MarkdownNesting.DeepestLine(markdown, sourcePath, AnnexMarkdown.Pipeline.MaximumNestingDepth));
}
