using System.Globalization;

namespace Clausier.Pipeline;

/// <summary>Writes a file so that readers never see it half-written: temporary file, then rename.</summary>
public static class AtomicFile
{
    /// <summary>Longest part of the target's name kept in the temporary file's, so that a long target name does not make the temporary one too long.</summary>
    private const int TemporaryStemLength = 64;

    /// <exception cref="OutputWriteException">The file system refused the file; no part of it is left behind.</exception>
    public static void Write(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Write(path, stream => stream.Write(content));
    }

    /// <summary>The file as <paramref name="write"/> writes it; nothing at <paramref name="path"/> changes if it throws.</summary>
    /// <exception cref="OutputWriteException">The file system refused the file; no part of it is left behind.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (OutputTarget.WhyNot(path) is { } reason)
        {
            throw new OutputWriteException(path, reason);
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        var temporary = Path.Combine(folder, $".{TemporaryStem(name)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(path, ex.Message, ex);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// The start of <paramref name="name"/>, cut between two text elements: a cut inside a surrogate pair
    /// would leave half a character, which Linux file systems get as U+FFFD and Windows as an unpaired
    /// surrogate, and a cut inside an emoji sequence would show a different emoji.
    /// </summary>
    private static string TemporaryStem(string name)
    {
        if (name.Length <= TemporaryStemLength)
        {
            return name;
        }

        var length = 0;
        while (length < name.Length)
        {
            var next = StringInfo.GetNextTextElementLength(name, length);
            if (length + next > TemporaryStemLength)
            {
                break;
            }

            length += next;
        }

        return name[..length];
    }

    /// <inheritdoc cref="Write(string, byte[])"/>
    public static void WriteText(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text));
}
