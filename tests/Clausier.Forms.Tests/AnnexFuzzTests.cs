using System.Diagnostics;
using System.Globalization;
using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

/// <summary>
/// The standing fuzz test of the reader: seeded mutations of a generated and of a filled annex. A few
/// hundred cases run with the suite; <c>CLAUSIER_FUZZ_CASES=5000</c> runs more, and
/// <c>CLAUSIER_FUZZ_SEED</c> starts elsewhere. A failure names the case's seed, which reproduces it.
/// </summary>
public class AnnexFuzzTests
{
    private const int DefaultCases = 300;

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [Fact]
    public void Mutated_annexes_never_throw_never_exit_above_2_and_stay_within_time_and_memory()
    {
        var cases = Setting("CLAUSIER_FUZZ_CASES", DefaultCases);
        var first = Setting("CLAUSIER_FUZZ_SEED", 1);
        byte[][] sources = [WrittenAnnex.Build(), Filling.FilledAnnex().Save()];
        var reader = new AnnexReader();
        var slowest = TimeSpan.Zero;
        for (var seed = first; seed < first + cases; seed++)
        {
            var input = new AnnexMutator(seed).Mutate(sources[seed % sources.Length]);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            ParsedAnnex parsed;
            try
            {
                using var stream = new MemoryStream(input);
                parsed = reader.Read(stream, $"fuzz-{seed}.docx");
            }
            catch (Exception ex)
            {
                Assert.Fail($"seed {seed}: {ex.GetType().Name}: {ex.Message}");
                return;
            }

            clock.Stop();
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            Assert.True(parsed.ExitCode is >= 0 and <= 2, $"seed {seed}: exit {parsed.ExitCode}");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"seed {seed}: {clock.Elapsed}");
            Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 1L << 30, $"seed {seed}: allocated over 1 GiB on this thread");
            Assert.All(parsed.Problems, p => Assert.DoesNotContain("   at ", p.Message, StringComparison.Ordinal));
        }
    }
}
