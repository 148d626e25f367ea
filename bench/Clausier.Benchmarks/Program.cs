using BenchmarkDotNet.Running;

namespace Clausier.Benchmarks;

/// <remarks>
/// Every benchmark runs with server GC, the collector the code runs under in use: the <c>clausier</c>
/// executable, which also hosts <c>clausier serve</c>, sets <c>ServerGarbageCollection</c>.
/// With the default workstation collector, the large short-lived trees of one annex make gen0
/// collections promote half-built documents, which adds run-to-run noise of the order of the work itself.
/// <para>
/// Generating and reading one annex are measured without BenchmarkDotNet's full collection before
/// each iteration (<c>[GcForce(false)]</c>): nothing forces one between annexes in a batch or in
/// <c>clausier serve</c>, and after each forced collection the collector starts again from small
/// budgets, so the first annexes of every iteration collected more often (figures in docs/performance.md).
/// </para>
/// </remarks>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
