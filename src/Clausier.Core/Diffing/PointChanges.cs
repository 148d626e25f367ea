namespace Clausier.Core.Diffing;

/// <summary>What differs for one point id between two catalogues.</summary>
[Flags]
public enum PointChanges
{
    None = 0,

    /// <summary>Only in the new catalogue.</summary>
    Added = 1,

    /// <summary>Only in the old catalogue.</summary>
    Removed = 2,

    /// <summary>The title reads differently (compared as plain text, typography normalised).</summary>
    Retitled = 4,

    /// <summary>The requirement text reads differently; <see cref="PointDiff.Text"/> holds the word runs.</summary>
    TextChanged = 8,

    AnswerTypeChanged = 16,

    /// <summary>References were added or removed (by their written form).</summary>
    ReferencesChanged = 32,
}
