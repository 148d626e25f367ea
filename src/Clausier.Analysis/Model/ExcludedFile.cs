using Clausier.Forms;

namespace Clausier.Analysis;

/// <summary>A file given to compare that could not be read; it is listed, not compared.</summary>
public sealed record ExcludedFile(string File, string Reason, IReadOnlyList<Problem> Problems);
