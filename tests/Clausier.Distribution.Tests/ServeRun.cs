using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Clausier.Distribution.Tests;

/// <summary>
/// <c>clausier serve</c> started from an installed or published tool on a free loopback port, stopped
/// (its process tree killed) on dispose: proves the pages and their embedded assets travel with the tool.
/// </summary>
internal sealed class ServeRun : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServeRun(Process process, int port)
    {
        _process = process;
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<ServeRun> Start(string executable, string workingDirectory, IReadOnlyDictionary<string, string>? environment)
    {
        var port = FreePort();
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var run = new ServeRun(Process.Start(info) ?? throw new InvalidOperationException($"could not start {executable}"), port);
        run._process.OutputDataReceived += (_, e) => run.Append(e.Data);
        run._process.ErrorDataReceived += (_, e) => run.Append(e.Data);
        run._process.BeginOutputReadLine();
        run._process.BeginErrorReadLine();
        await run.WaitUntilListening();
        return run;
    }

    private async Task WaitUntilListening()
    {
        var deadline = DateTime.UtcNow + DistributionBuild.RunTimeout;
        while (!Output.Contains("is listening on", StringComparison.Ordinal))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                Assert.Fail($"clausier serve did not start:{Environment.NewLine}{Output}");
            }

            await Task.Delay(100);
        }
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
