namespace Clausier.Core.Forms;

/// <summary>The closed answer a candidate gives to a control point.</summary>
public enum AnswerStatus
{
    Oui,
    Non,
    NonConcerne,
    Partiel,
}
