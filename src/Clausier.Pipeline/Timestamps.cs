using System.Globalization;

namespace Clausier.Pipeline;

/// <summary>
/// The timestamp written into generated documents. Fixed by default so that the same inputs give
/// byte-identical files; <c>SOURCE_DATE_EPOCH</c> (reproducible-builds convention) overrides it.
/// </summary>
public static class Timestamps
{
    public static DateTimeOffset Default { get; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset FromEnvironment() => SourceDateEpoch() ?? Default;

    /// <summary>
    /// The day a letter or a report says it was written when the user names none: today (UTC), as the
    /// web page dates its downloads, unless <c>SOURCE_DATE_EPOCH</c> fixes it (midnight of its day). A
    /// fixed past date would make a letter posted today look back-dated; the files of one day are still
    /// the same bytes.
    /// </summary>
    public static DateTimeOffset Today(TimeProvider? clock = null) =>
        new((SourceDateEpoch() ?? (clock ?? TimeProvider.System).GetUtcNow()).UtcDateTime.Date, TimeSpan.Zero);

    /// <summary><c>SOURCE_DATE_EPOCH</c> when it is set to a number of seconds, else null.</summary>
    private static DateTimeOffset? SourceDateEpoch() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            && seconds >= 0 && seconds <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
