using System.IO.Compression;
using Clausier.Zip;

namespace Clausier.Word.Packaging;

/// <summary>A part to be written: absolute name, content type and the code that gives its compressed bytes.</summary>
internal sealed record PackageEntry(string Name, string ContentType, Func<CompressionLevel, CompressedPart> Compress);
