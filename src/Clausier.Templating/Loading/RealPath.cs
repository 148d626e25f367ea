namespace Clausier.Templating.Loading;

/// <summary>
/// The path a file really has once every symbolic link on the way is followed (POSIX realpath), so
/// that "inside the template folder" is decided on where the bytes are, not on the name a link shows.
/// </summary>
internal static class RealPath
{
    /// <summary>Links followed before giving up, as Linux does (ELOOP).</summary>
    private const int MaxLinks = 40;

    /// <exception cref="IOException">The links form a loop or a chain longer than <see cref="MaxLinks"/>.</exception>
    public static string Of(string path)
    {
        var pending = new Stack<string>(Components(Path.GetFullPath(path)).Reverse());
        var current = Path.GetPathRoot(Path.GetFullPath(path)) ?? "/";
        var links = 0;
        while (pending.TryPop(out var name))
        {
            var next = Path.Combine(current, name);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"{path}: too many levels of symbolic links.");
            }

            var resolved = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target));
            foreach (var component in Components(resolved).Reverse())
            {
                pending.Push(component);
            }

            current = Path.GetPathRoot(resolved) ?? "/";
        }

        return current;
    }

    private static string[] Components(string full) =>
        full[(Path.GetPathRoot(full)?.Length ?? 0)..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
}
