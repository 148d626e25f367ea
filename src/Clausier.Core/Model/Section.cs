using Clausier.Core.Diagnostics;

namespace Clausier.Core.Model;

/// <summary>A numbered section of the catalogue (<c>3</c>, <c>9.1</c>, <c>12.2.4</c>) with its own points and sub-sections.</summary>
/// <param name="Introduction">Markdown text between the section heading and its first point or sub-section.</param>
public sealed record Section(
    string Number,
    string Title,
    string Introduction,
    IReadOnlyList<ControlPoint> Points,
    IReadOnlyList<Section> Subsections,
    SourceLocation? Location = null)
{
    /// <summary>Depth in the tree: 1 for "3", 2 for "12.2", 3 for "12.2.1".</summary>
    public int Depth => Number.Count(c => c == '.') + 1;

    /// <summary>This section's points followed by those of its sub-sections, in document order.</summary>
    public IEnumerable<ControlPoint> AllPoints() =>
        Points.Concat(Subsections.SelectMany(s => s.AllPoints()));

    public IEnumerable<Section> SelfAndDescendants() =>
        Subsections.SelectMany(s => s.SelfAndDescendants()).Prepend(this);
}
