namespace Clausier.Templating;

/// <summary>Bounds on what a template may do; a template that exceeds one fails with a located error.</summary>
/// <param name="LoopLimit">Iterations allowed per loop.</param>
/// <param name="RecursionLimit">Nested function calls and includes.</param>
/// <param name="OutputLimit">Characters of Markdown produced.</param>
/// <param name="TimeLimit">Wall-clock time for loading the folder, and again for each render.</param>
public sealed record TemplateLimits(int LoopLimit, int RecursionLimit, int OutputLimit, TimeSpan TimeLimit)
{
    public static TemplateLimits Default { get; } = new(10_000, 64, 20_000_000, TimeSpan.FromSeconds(10));

    /// <summary>Bytes of one template file.</summary>
    public int MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Bytes of all the template files of a folder together.</summary>
    public long MaxFolderBytes { get; init; } = 4 * 1024 * 1024;
}
