namespace Clausier.Forms;

/// <summary>
/// Bounds on what the reader accepts from a candidate's file. Every limit is checked while reading,
/// never against sizes the file declares about itself (a zip entry may lie about its size).
/// </summary>
public sealed record ReaderLimits
{
    /// <summary>Size of the file on disk, in bytes.</summary>
    public long MaxPackageBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Sum of the inflated bytes of every part the reader opens.</summary>
    public long MaxInflatedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Inflated bytes of one part.</summary>
    public long MaxPartBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Number of entries in the zip central directory.</summary>
    public int MaxEntries { get; init; } = 2000;

    /// <summary>
    /// Inflated bytes per compressed byte above which an entry is treated as a zip bomb, once it has
    /// inflated past <see cref="RatioThresholdBytes"/> (small, repetitive XML parts compress very well).
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Inflated size from which <see cref="MaxCompressionRatio"/> applies.</summary>
    public long RatioThresholdBytes { get; init; } = 1024 * 1024;

    /// <summary>Number of <c>w:p</c> elements in the main document part.</summary>
    public int MaxParagraphs { get; init; } = 200_000;

    /// <summary>Number of XML elements in one part.</summary>
    public int MaxXmlElements { get; init; } = 5_000_000;

    /// <summary>Nesting depth of XML elements in one part (the reader walks the tree recursively).</summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Characters kept of one answer field; the rest is reported as cut (CLZ4026).</summary>
    public int MaxAnswerChars { get; init; } = 100_000;

    /// <summary>Characters kept of all the answer fields of one file together.</summary>
    public long MaxTextChars { get; init; } = 2_000_000;

    /// <summary>
    /// Characters of text one part may hold once each text node is cut at <see cref="MaxAnswerChars"/>
    /// (a whole annex with long answers is a few hundred thousand); a part over it is refused.
    /// </summary>
    public long MaxPartTextChars { get; init; } = 25_000_000;

    public static ReaderLimits Default { get; } = new();
}
