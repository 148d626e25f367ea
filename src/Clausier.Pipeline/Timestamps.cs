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
}
