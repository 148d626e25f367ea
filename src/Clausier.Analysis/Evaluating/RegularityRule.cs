namespace Clausier.Analysis.Evaluating;

/// <summary>Why a point or an annex stands in the way of a regular offer.</summary>
public enum RegularityRule
{
    /// <summary>A mandatory point answered Non.</summary>
    MandatoryNon,

    /// <summary>A mandatory point left without its status or its description.</summary>
    MandatoryNotAnswered,

    /// <summary>The point asks for evidence and none is cited.</summary>
    EvidenceMissing,

    /// <summary>Partiel without a compliance date.</summary>
    PartialWithoutPlan,

    /// <summary>Non, Partiel or Non concerné without the explanation the annex asks for.</summary>
    ExplanationMissing,

    /// <summary>The clause text was altered, removed, or the point deleted (CLZ4501, CLZ4502).</summary>
    ClauseAltered,

    /// <summary>Tracked changes left in the annex (CLZ4503).</summary>
    RevisionsPending,

    /// <summary>The annex was generated for another consultation or lot, or names none (CLZ4105, CLZ4106, CLZ4101).</summary>
    OtherConsultation,
}
