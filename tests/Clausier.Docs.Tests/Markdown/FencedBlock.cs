namespace Clausier.Docs.Tests.Markdown;

/// <summary>
/// A fenced code block of a Markdown file, with the <c>&lt;!-- docs-test: … --&gt;</c> markers written on
/// the lines right above its opening fence.
/// </summary>
/// <param name="Info">The info string after the fence (<c>sh</c>, <c>yaml</c>, <c>text</c>…), lower case; empty when none.</param>
/// <param name="Lines">The content lines with their one-based line numbers in the file.</param>
internal sealed record FencedBlock(string File, int FenceLine, string Info, IReadOnlyList<string> Markers, IReadOnlyList<(int Number, string Text)> Lines)
{
    /// <summary>The block's text as a file would hold it: the content lines, each ended by a line feed.</summary>
    public string Content => string.Concat(Lines.Select(l => l.Text + "\n"));
}
