namespace Clausier.Cli.Commands;

/// <summary>Creates an output folder or says, without a stack trace, why it cannot be.</summary>
internal static class OutputFolder
{
    public static bool TryCreate(CliConsole console, string folder)
    {
        try
        {
            if (File.Exists(folder))
            {
                console.Error.WriteLine($"error: {folder}: is a file, not a folder; give a folder to write into.");
                return false;
            }

            Directory.CreateDirectory(folder);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"error: {folder}: cannot create the output folder: {ex.Message}");
            return false;
        }
    }
}
