using Clausier.Core.Model;

namespace Clausier.Core.Annex;

/// <summary>What the manifest records of one control point in an annex.</summary>
/// <param name="ClauseSha256">Lower-case hex SHA-256 of the point's normalised clause text (<see cref="Text.ClauseText"/>); empty until the Word writer fills it.</param>
public sealed record ManifestPoint(string Id, string Title, string Section, AnswerType AnswerType, string ClauseSha256 = "")
{
    public bool StatusRequired => AnswerType.RequiresStatus();

    public bool AnswerRequired => AnswerType.RequiresDescription();
}
