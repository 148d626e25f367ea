namespace Clausier.Templating;

/// <summary>Bounds on what a template may do; a template that exceeds one fails with a located error.</summary>
/// <param name="LoopLimit">Iterations allowed per loop.</param>
/// <param name="RecursionLimit">Nested function calls and includes.</param>
/// <param name="OutputLimit">Characters of Markdown produced.</param>
public sealed record TemplateLimits(int LoopLimit, int RecursionLimit, int OutputLimit, TimeSpan TimeLimit)
{
    public static TemplateLimits Default { get; } = new(10_000, 64, 20_000_000, TimeSpan.FromSeconds(10));
}
