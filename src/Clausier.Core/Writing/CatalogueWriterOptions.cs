namespace Clausier.Core.Writing;

/// <summary>How <see cref="CatalogueMarkdownWriter"/> treats the target folder.</summary>
public sealed record CatalogueWriterOptions
{
    public static CatalogueWriterOptions Default { get; } = new();

    /// <summary>
    /// Replace the catalogue a folder already holds: its <c>catalogue.yml</c> and section files
    /// (<c>*.md</c> except README.md) are deleted first, so that no stale section is read back.
    /// Off by default: writing into a folder that holds a catalogue is then an error.
    /// </summary>
    public bool Overwrite { get; init; }
}
