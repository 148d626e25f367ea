namespace Clausier.Core.Diffing;

/// <summary>How <see cref="CatalogueDiff.Compare"/> compares two catalogues.</summary>
public sealed record CatalogueDiffOptions
{
    public static CatalogueDiffOptions Default { get; } = new();

    /// <summary>
    /// Whether references are compared. Null (the default) compares them unless one catalogue cites
    /// none at all, as an imported CISO Assistant library does; that choice is reported (CLZ1403).
    /// </summary>
    public bool? CompareReferences { get; init; }

    /// <summary>Replace <c>{{parameter}}</c> by the catalogue's default value before comparing texts, as the annex would show them.</summary>
    public bool ResolveParameters { get; init; } = true;

    /// <summary>Texts longer than this many words are compared whole, without word runs (CLZ1404), to bound the time a diff takes.</summary>
    public int MaxWordsPerText { get; init; } = 20_000;
}
