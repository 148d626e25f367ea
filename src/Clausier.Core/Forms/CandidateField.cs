namespace Clausier.Core.Forms;

/// <summary>One field of the candidate identification block (tag <c>clausier:candidate:&lt;Name&gt;</c>).</summary>
/// <param name="IsOptional">Left empty by most candidates (a consortium's fields), and absent from annexes made before it existed: neither is a problem.</param>
public sealed record CandidateField(string Name, string Label, string Placeholder, bool IsDate, bool IsOptional = false);
