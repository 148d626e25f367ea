using System.Text.Json;
using System.Xml.Linq;
using Clausier.Testing;

namespace Clausier.Cli.Tests;

/// <summary>
/// The collector settings the <c>clausier</c> executable runs with (server GC and its budgets, see
/// Clausier.Cli.csproj) are measured choices, and the benchmarks are meant to run with the same ones.
/// </summary>
public class RuntimeSettingsTests
{
    [Fact]
    public void The_executable_runs_with_server_gc_and_the_measured_large_object_threshold()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "clausier.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(4194304, properties.GetProperty("System.GC.LOHThreshold").GetInt32());
        Assert.False(properties.TryGetProperty("System.GC.DGen0GrowthPercent", out _));
    }

    [Fact]
    public void The_benchmarks_run_with_the_executables_collector_settings()
    {
        static Dictionary<string, string> Options(string project) =>
            XDocument.Load(Path.Combine(Checkout.Root, project)).Descendants("RuntimeHostConfigurationOption")
                .Where(e => ((string?)e.Attribute("Include"))!.StartsWith("System.GC.", StringComparison.Ordinal))
                .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Value")!);

        var tool = Options("src/Clausier.Cli/Clausier.Cli.csproj");
        var benchmarks = Options("bench/Clausier.Benchmarks/Clausier.Benchmarks.csproj");

        Assert.NotEmpty(tool);
        Assert.Equal(tool.OrderBy(p => p.Key), benchmarks.OrderBy(p => p.Key));
    }
}
