using Clausier.Pipeline.Batch;

namespace Clausier.Cli.Commands;

/// <summary>
/// Batch progress for people: a bar with counts and ETA on an interactive terminal, one plain line
/// per item when output is redirected or in CI (logs must stay readable).
/// </summary>
internal sealed class BatchProgressDisplay(CliConsole console, bool interactive)
{
    private readonly Lock _gate = new();

    public void Show(BatchProgress progress)
    {
        lock (_gate)
        {
            var item = progress.Last;
            var what = item.Output ?? item.Source;
            if (item.Status == BatchItemStatus.Failed || !interactive)
            {
                Clear();
                console.Out.WriteLine($"[{progress.Done}/{progress.Total}] {item.Status.ToString().ToLowerInvariant()} {what} ({item.Duration.TotalMilliseconds:0} ms)");
                foreach (var diagnostic in item.Diagnostics.Where(d => d.IsError))
                {
                    console.Out.WriteLine($"    {diagnostic}");
                }
            }

            if (interactive)
            {
                console.Out.Write($"\r{Bar(progress)} {progress.Done}/{progress.Total} · {progress.Failed} failed · ETA {Eta(progress)}   ");
            }
        }
    }

    public void Finish(BatchReport report)
    {
        Clear();
        var interrupted = report.Interrupted ? " Interrupted: run the same command again to finish." : "";
        console.Out.WriteLine(
            $"{report.Count(BatchItemStatus.Written)} written, {report.Count(BatchItemStatus.Skipped)} unchanged, {report.Count(BatchItemStatus.Failed)} failed. Report: {Path.Combine(report.OutputFolder, BatchRunner.ReportName)}.{interrupted}");
    }

    private void Clear()
    {
        if (interactive)
        {
            console.Out.Write("\r" + new string(' ', 79) + "\r");
        }
    }

    private static string Bar(BatchProgress progress)
    {
        const int width = 30;
        var filled = progress.Total == 0 ? width : width * progress.Done / progress.Total;
        return "[" + new string('#', filled) + new string('.', width - filled) + "]";
    }

    private static string Eta(BatchProgress progress) =>
        progress.EstimatedRemaining is { } eta ? eta.ToString(@"mm\:ss", System.Globalization.CultureInfo.InvariantCulture) : "--:--";
}
