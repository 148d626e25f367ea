namespace Clausier.Analysis;

/// <summary>Why a point or an annex needs the buyer's attention; kinds from <see cref="ClauseAltered"/> on are integrity problems.</summary>
public enum AttentionKind
{
    Non,
    Partiel,
    MissingAnswer,
    MissingJustification,

    /// <summary>The clause text no longer hashes to the manifest (CLZ4501).</summary>
    ClauseAltered,

    /// <summary>The clause text is gone (CLZ4502).</summary>
    ClauseNotFound,

    /// <summary>The whole point was removed from the annex.</summary>
    PointDeleted,

    /// <summary>A point the manifest does not list (CLZ4203).</summary>
    PointAdded,

    /// <summary>Tracked changes not accepted (CLZ4503).</summary>
    RevisionsPending,

    /// <summary>The annex belongs to another consultation or lot (CLZ4105, CLZ4106, or a forced comparison).</summary>
    OtherTender,

    /// <summary>The annex was generated from another catalogue or catalogue version (forced comparison).</summary>
    OtherCatalogue,

    /// <summary>The annex has no manifest or contradicting ones (CLZ4101, CLZ4104).</summary>
    IdentityProblem,
}
