using Clausier.Core.Diagnostics;
using Markdig;

namespace Clausier.Core.Text;

/// <summary>
/// Markdig refuses Markdown nested deeper than its limit by throwing rather than reporting; the
/// catalogue reader and the Word writer both turn that refusal into a located error, found here.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>True for Markdig's depth-limit refusal, however it was wrapped.</summary>
    public static bool IsExceeded(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsExceeded),
        ArgumentException argument when argument is not ArgumentNullException =>
            argument.Source == typeof(MarkdownPipeline).Assembly.GetName().Name,
        { InnerException: { } inner } => IsExceeded(inner),
        _ => false,
    };

    /// <summary>
    /// The first line whose block quote and list markers alone reach <paramref name="limit"/>; the
    /// whole file when the depth comes from elsewhere (emphasis, indentation).
    /// </summary>
    public static SourceLocation DeepestLine(string markdown, string sourcePath, int limit)
    {
        ArgumentNullException.ThrowIfNull(markdown);
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
