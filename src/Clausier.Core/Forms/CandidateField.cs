namespace Clausier.Core.Forms;

/// <summary>One field of the candidate identification block (tag <c>clausier:candidate:&lt;Name&gt;</c>).</summary>
public sealed record CandidateField(string Name, string Label, string Placeholder, bool IsDate);
