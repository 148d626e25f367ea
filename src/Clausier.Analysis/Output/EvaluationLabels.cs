using Clausier.Analysis.Evaluating;

namespace Clausier.Analysis.Output;

/// <summary>French words of the evaluation, the same in the workbook, the report, the letters and the web page.</summary>
public static class EvaluationLabels
{
    public static string French(Regularity regularity) => regularity switch
    {
        Regularity.Regular => "Régulière",
        Regularity.ClarificationNeeded => "Précisions à demander",
        Regularity.RegularisationNeeded => "À régulariser",
        Regularity.Irregular => "Irrégulière",
        _ => regularity.ToString(),
    };

    public static string French(SuggestedAction action) => action switch
    {
        SuggestedAction.Irregular => "Offre irrégulière",
        SuggestedAction.Regularisation => "Régularisation possible",
        SuggestedAction.Clarification => "Demande de précisions",
        _ => action.ToString(),
    };

    public static string Code(Regularity regularity) => regularity switch
    {
        Regularity.Regular => "regular",
        Regularity.ClarificationNeeded => "clarification",
        Regularity.RegularisationNeeded => "regularisation",
        Regularity.Irregular => "irregular",
        _ => regularity.ToString(),
    };

    /// <summary>« 1 », « 2 ex æquo » or « non classée ».</summary>
    public static string Rank(CandidateEvaluation candidate) =>
        candidate.Rank is not { } rank ? "non classée" : candidate.Tied ? $"{rank} ex æquo" : rank.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A score as French text: two decimals, comma.</summary>
    public static string Score(double value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));

    /// <summary>A weight or share as French text, without useless decimals.</summary>
    public static string Number(double value) =>
        Math.Round(value, 3, MidpointRounding.AwayFromZero).ToString("0.###", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));

    public const string ScaleText =
        "Barème par point : Oui = 100 % ; Partiel avec plan de mise en conformité daté = {partiel} ; Non concerné justifié = {nc} ; description fournie = {description} ; Non = {non} ; sans réponse = {sans}.";

    public static string Scale(Core.Evaluation.ScoringScale scale) => ScaleText
        .Replace("100 %", Percent(scale.Oui), StringComparison.Ordinal)
        .Replace("{partiel}", Percent(scale.PartialWithPlan), StringComparison.Ordinal)
        .Replace("{nc}", Percent(scale.NotApplicable), StringComparison.Ordinal)
        .Replace("{description}", Percent(scale.Described), StringComparison.Ordinal)
        .Replace("{non}", Percent(scale.Non), StringComparison.Ordinal)
        .Replace("{sans}", Percent(scale.NoAnswer), StringComparison.Ordinal);

    public static string Percent(double share) => Number(share * 100) + "\u00A0%";
}
