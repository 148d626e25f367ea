namespace Clausier.Analysis.Evaluating;

/// <summary>Where an offer stands, from its open findings: the most serious action decides.</summary>
public enum Regularity
{
    Regular,
    ClarificationNeeded,
    RegularisationNeeded,
    Irregular,
}
