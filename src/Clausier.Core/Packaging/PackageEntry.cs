namespace Clausier.Core.Packaging;

/// <summary>A part to be written: absolute name, content type and the code that writes its bytes.</summary>
internal sealed record PackageEntry(string Name, string ContentType, Action<Stream> Write);
