namespace Clausier.Core.Evaluation;

/// <summary>Stable ids of the diagnostics about importance and weights (docs/diagnostics.md, docs/evaluate.md).</summary>
public static class EvaluationDiagnosticIds
{
    public const string InvalidImportance = "CLZ1140";
    public const string UnknownImportanceTarget = "CLZ1141";
    public const string InvalidWeight = "CLZ1142";
    public const string DuplicateWeight = "CLZ1143";
    public const string WeightsDoNotAddUp = "CLZ1144";
    public const string UnknownWeightTarget = "CLZ1145";
    public const string WeightOnUnscoredPoint = "CLZ1146";
    public const string NothingScored = "CLZ1147";
    public const string SectionWithoutScoredPoint = "CLZ1148";
}
