using Clausier.Core.Model;

namespace Clausier.Core.Import;

/// <summary>How <see cref="CisoAssistantImporter"/> reads a library file (docs/import.md).</summary>
public sealed record ImportOptions
{
    /// <summary>50 MiB: the largest published CISO Assistant libraries are a few MiB.</summary>
    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;

    public static ImportOptions Default { get; } = new();

    /// <summary>Files larger than this many bytes are refused before any parsing (CLZ1302).</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Answer type of points whose <c>typical_evidence</c> is empty; null keeps <see cref="AnswerType.None"/>.</summary>
    public AnswerType? DefaultAnswerType { get; init; }

    /// <summary>Answer types forced per point, keyed by the imported point id (<c>O-7.2</c>) or by the node's <c>ref_id</c>.</summary>
    public IReadOnlyDictionary<string, AnswerType> AnswerTypes { get; init; } = new Dictionary<string, AnswerType>();

    /// <summary>Catalogue id to use instead of the one derived from the library URN.</summary>
    public string? CatalogueId { get; init; }

    /// <summary>Edition (a year) to use instead of the year of <c>publication_date</c>.</summary>
    public int? Edition { get; init; }

    /// <summary>Join words split by PDF extraction ("per- sonnes") where unambiguous; each repair is reported (CLZ1321).</summary>
    public bool RepairHyphenation { get; init; } = true;
}
