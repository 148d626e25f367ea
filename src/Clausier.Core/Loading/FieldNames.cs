namespace Clausier.Core.Loading;

/// <summary>The French field labels of catalogue field lists (docs/catalogue-format.md).</summary>
internal static class FieldNames
{
    public const string AnswerType = "Réponse attendue";
    public const string Segments = "Segments";
    public const string Condition = "Condition";
    public const string References = "Références";
    public const string Evidence = "Justificatifs attendus";
    public const string Edition = "Édition";

    public static readonly string[] OnPoint = [AnswerType, Segments, Condition, References, Evidence, Edition];

    public static readonly string[] OnSection = [Segments, Edition];
}
