namespace Clausier.Distribution.Tests;

/// <summary>
/// The packed tool: the folder to install from, its pointer package (<c>Clausier.Cli.&lt;version&gt;.nupkg</c>,
/// which names one package per platform), the package of this machine's platform, the portable
/// <c>any</c> package, and the version.
/// </summary>
public sealed record ToolPackage(string Folder, string File, string PlatformFile, string PortableFile, string Version);
