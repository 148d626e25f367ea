using System.Diagnostics;
using System.Globalization;
using System.Text;
using Clausier.Core.Tenders;

namespace Clausier.Core.Tests.Tenders;

/// <summary>
/// Seeded tender YAML, built from fragments of real tenders and of hostile ones (deep nesting, aliases,
/// tags, control characters, second documents): reading never throws and stays bounded.
/// <c>CLAUSIER_FUZZ_CASES</c> runs more cases.
/// </summary>
public class TenderFuzzTests
{
    private static readonly string[] Lines =
    [
        "reference: X-1", "subject: Essai", "buyer:", "  name: CH", "segment: saas", "lots:", "  - number: \"1\"", "    title: A",
        "    segment: [saas]", "options:", "  exclude_points: [O-1.1, {a: b}]", "  parameters:", "    p: &a [1, 2]", "    q: *a",
        "deadline: 2026-13-45", "---", "...", "%YAML 1.2", "!!binary AAAA", "? complex", ": key", "  - - - -", "\t", "\"\\u0000\"",
        "key: 'unterminated", "a: |", "  bloc", "cpv: {}", "lots: null", "~: ~",
    ];

    [Fact]
    public void Seeded_tender_yaml_never_throws_and_stays_within_time()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("CLAUSIER_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n / 4 : 200;
        for (var seed = 1; seed <= cases; seed++)
        {
            var text = Generate(new Random(seed));
            var clock = Stopwatch.StartNew();
            try
            {
                var result = TenderReader.Read($"fuzz-{seed}.yml", new StringReader(text));
                Assert.True(result.Value is not null || result.HasErrors, $"seed {seed}: no tender and no error");
            }
            catch (Exception ex)
            {
                Assert.Fail($"seed {seed}: {ex.GetType().Name}: {ex.Message}");
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"seed {seed}: {clock.Elapsed}");
        }
    }

    private static string Generate(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(1, 30); i > 0; i--)
        {
            switch (random.Next(10))
            {
                case 0:
                    var opener = random.Next(2) == 0 ? "[" : "{a: ";
                    text.Append("x: ").Append(string.Concat(Enumerable.Repeat(opener, random.Next(1, 5000)))).Append('\n');
                    break;
                case 1:
                    text.Append((char)random.Next(0, 0x20)).Append('\n');
                    break;
                default:
                    text.Append(Lines[random.Next(Lines.Length)]).Append('\n');
                    break;
            }
        }

        return text.ToString();
    }
}
