namespace Clausier.Core.Diffing;

/// <summary>Whether a run of words is in both texts, only in the new one, or only in the old one.</summary>
public enum WordRunKind
{
    Equal,
    Inserted,
    Deleted,
}
