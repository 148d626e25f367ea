namespace Clausier.Distribution.Tests;

/// <summary>The packed tool: the folder to install from, the .nupkg in it and its version.</summary>
public sealed record ToolPackage(string Folder, string File, string Version);
