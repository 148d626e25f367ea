namespace Clausier.Testing;

/// <summary>A folder under the system temp directory, deleted with everything in it on dispose.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir(string prefix = "clausier-tests")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, byte[] content)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that still holds a file (a timed-out soffice) must not fail the test run.
        }
    }
}
