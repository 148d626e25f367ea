using Clausier.Core.Model;

namespace Clausier.Core.Selection;

/// <summary>A point found, with where its first word matched (null without words).</summary>
public sealed record SearchHit(ControlPoint Point, SearchSnippet? Snippet);
