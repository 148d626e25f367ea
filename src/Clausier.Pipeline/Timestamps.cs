using System.Globalization;

namespace Clausier.Pipeline;

/// <summary>
/// The timestamp written into generated documents. Fixed by default so that the same inputs give
/// byte-identical files; <c>SOURCE_DATE_EPOCH</c> (reproducible-builds convention) overrides it.
/// </summary>
public static class Timestamps
{
    public static DateTimeOffset Default { get; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset FromEnvironment() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : Default;

    /// <summary>
    /// The day a letter or a report says it was written when the user names none: today (UTC), as the
    /// web page dates its downloads, unless <c>SOURCE_DATE_EPOCH</c> fixes it. A fixed past date would
    /// make a letter posted today look back-dated; the files of one day are still the same bytes.
    /// </summary>
    public static DateTimeOffset Today(TimeProvider? clock = null) =>
        Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is { Length: > 0 }
            ? FromEnvironment()
            : new DateTimeOffset((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
}
