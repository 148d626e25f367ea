namespace Clausier.Core.Diffing;

/// <summary>Consecutive words that both texts share, or that only the new (inserted) or old (deleted) text has, joined by single spaces.</summary>
public sealed record WordRun(WordRunKind Kind, string Text);
