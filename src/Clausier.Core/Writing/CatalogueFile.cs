namespace Clausier.Core.Writing;

/// <summary>One file of a Markdown catalogue folder: its name inside the folder and its LF-terminated text.</summary>
public sealed record CatalogueFile(string Name, string Text);
