namespace Clausier.Core.Selection;

/// <summary>The matched word of a field, with some text on each side, flattened to one line.</summary>
public sealed record SearchSnippet(string Before, string Match, string After);
