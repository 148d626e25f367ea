namespace Clausier.Forms.Tests.Fixtures;

/// <summary>A folder under the system temp directory, deleted with its content on dispose; tests write nowhere else.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("clausier-forms-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, byte[] data)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, data);
        return path;
    }

    /// <summary>Every file under the folder, relative to it.</summary>
    public IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).Select(f => System.IO.Path.GetRelativePath(Path, f)).Order()];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
