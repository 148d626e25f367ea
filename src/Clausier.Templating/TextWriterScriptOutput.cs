using Scriban.Runtime;

namespace Clausier.Templating;

/// <summary>Template output written straight to a <see cref="TextWriter"/>, without the copy Scriban's own adapter makes of each piece.</summary>
internal sealed class TextWriterScriptOutput(TextWriter writer) : IScriptOutput
{
    public void Write(string text, int offset, int count) => writer.Write(text.AsSpan(offset, count));

    public async ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken) =>
        await writer.WriteAsync(text.AsMemory(offset, count), cancellationToken).ConfigureAwait(false);

    public override string? ToString() => writer.ToString();
}
