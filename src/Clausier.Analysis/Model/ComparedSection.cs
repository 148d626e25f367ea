namespace Clausier.Analysis;

/// <summary>
/// A group of points rated together: a top-level section (<c>7</c>) or, for a top-level section that holds
/// no point of its own such as the perimeters of section 12, each of its sub-sections (<c>12.2</c>).
/// </summary>
/// <param name="Points">Points of the group that count for compliance.</param>
public sealed record ComparedSection(string Key, int Points)
{
    public string Label => $"Section {Key}";
}
