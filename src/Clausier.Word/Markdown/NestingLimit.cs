using Clausier.Core.Diagnostics;
using Markdig;

namespace Clausier.Word.Markdown;

/// <summary>
/// Markdig refuses Markdown nested deeper than its limit by throwing; a template can produce such
/// Markdown (a block quote opened a hundred thousand times), so the refusal becomes CLZ3010 at the
/// first line that nests that deep.
/// </summary>
internal static class NestingLimit
{
    /// <summary>True for Markdig's depth-limit refusal, however the chunked parse wrapped it.</summary>
    public static bool IsExceeded(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsExceeded),
        ArgumentException argument when argument is not ArgumentNullException =>
            argument.Source == typeof(MarkdownPipeline).Assembly.GetName().Name,
        { InnerException: { } inner } => IsExceeded(inner),
        _ => false,
    };

    public static Diagnostic Report(string markdown, string sourcePath) =>
        Diagnostic.Error(WordDiagnosticIds.NestedTooDeep,
            $"The annex Markdown nests deeper than {AnnexMarkdown.Pipeline.MaximumNestingDepth} levels (block quotes, lists or emphasis inside each other); no annex needs more than a few. The annex was not written.",
            DeepestLine(markdown, sourcePath));

    /// <summary>The first line whose quote and list markers alone pass the limit; the whole file when the depth comes from elsewhere.</summary>
    private static SourceLocation DeepestLine(string markdown, string sourcePath)
    {
        var limit = AnnexMarkdown.Pipeline.MaximumNestingDepth;
        var line = 0;
        var markers = 0;
        var atStart = true;
        foreach (var c in markdown)
        {
            if (c == '\n')
            {
                line++;
                markers = 0;
                atStart = true;
                continue;
            }

            if (!atStart)
            {
                continue;
            }

            if (c is '>' or '-' or '*' or '+')
            {
                if (++markers >= limit)
                {
                    return new TextLocation(sourcePath, line, 0);
                }
            }
            else if (c is not (' ' or '\t'))
            {
                atStart = false;
            }
        }

        return new FileLocation(sourcePath);
    }
}
