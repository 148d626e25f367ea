using System.Net;

namespace Clausier.Web;

/// <summary>How <c>clausier serve</c> listens and what it accepts from a browser (docs/serve.md).</summary>
public sealed record WebServerOptions
{
    /// <summary>Address to listen on; loopback by default so only this computer reaches the pages.</summary>
    public IPAddress Host { get; init; } = IPAddress.Loopback;

    /// <summary>TCP port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = 5180;

    /// <summary>Returned annexes accepted in one upload.</summary>
    public int MaxFiles { get; init; } = 50;

    /// <summary>Size of one uploaded file, in bytes; also the annex reader's package limit.</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Size of one request body, in bytes (every file of an upload together).</summary>
    public long MaxRequestBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>
    /// Characters of answers kept from one upload, all files together. The answers travel back in the
    /// page for the JSON and CSV downloads, so they must fit in one request again; a file that would pass
    /// this is refused by name, to be sent in another upload.
    /// </summary>
    public long MaxUploadTextChars { get; init; } = 10_000_000;

    /// <summary>Size of an uploaded tender YAML file, in bytes.</summary>
    public long MaxTenderYamlBytes { get; init; } = 256L * 1024;

    /// <summary>Catalogue folder or CISO Assistant library; null for the built-in catalogue.</summary>
    public string? Catalogue { get; init; }

    /// <summary>Time written into generated documents and workbooks; null for <c>SOURCE_DATE_EPOCH</c> or the fixed default.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    public static WebServerOptions Default { get; } = new();

    public bool IsLoopback => IPAddress.IsLoopback(Host);
}
