using Clausier.Pipeline;

namespace Clausier.Cli.Commands;

/// <summary>Writes the commands' output files, reporting a path the file system refuses as CLZ6001 rather than as an exception.</summary>
internal static class CliOutput
{
    /// <summary>Checks the path before the command starts work; false (reported) when it cannot be written.</summary>
    public static bool CanWrite(CliConsole console, string path, bool folder = false)
    {
        if (OutputTarget.Check(path, folder) is not { } problem)
        {
            return true;
        }

        console.Report([problem]);
        return false;
    }

    /// <summary>Writes atomically; false (reported, nothing left behind) when the file system refuses.</summary>
    public static bool Write(CliConsole console, string path, byte[] content) =>
        Write(console, path, stream => stream.Write(content));

    /// <summary>Writes atomically what <paramref name="write"/> writes; false (reported, nothing left behind) when the file system refuses.</summary>
    public static bool Write(CliConsole console, string path, Action<Stream> write)
    {
        try
        {
            AtomicFile.Write(path, write);
            return true;
        }
        catch (OutputWriteException ex)
        {
            console.Report([ex.ToDiagnostic()]);
            return false;
        }
    }
}
