using System.Diagnostics;
using System.Text;

namespace Clausier.Distribution.Tests;

/// <summary>A finished child process: exit code and everything it wrote.</summary>
internal sealed record ProcessRun(string Command, int ExitCode, string Out, string Error, TimeSpan Duration)
{
    /// <summary>
    /// Runs a program to the end, killing its process tree after <paramref name="timeout"/>: a hung
    /// publish must fail the test with its output, not hang CI.
    /// </summary>
    public static async Task<ProcessRun> Start(
        string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The outer `dotnet test` exports MSBuild's own paths; a nested dotnet command must find its SDK afresh.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var command = $"{program} {string.Join(' ', info.ArgumentList)}";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {command}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"{command} did not finish within {timeout}.{Environment.NewLine}{await output}{await error}");
        }

        return new ProcessRun(command, process.ExitCode, await output, await error, watch.Elapsed);
    }

    /// <summary>What to print when an assertion on this run fails.</summary>
    public override string ToString() =>
        $"{Command} → exit {ExitCode} in {Duration.TotalSeconds:F1} s{Environment.NewLine}--- stdout{Environment.NewLine}{Out}{Environment.NewLine}--- stderr{Environment.NewLine}{Error}";
}
