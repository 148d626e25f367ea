using Clausier.Core.Evaluation;

namespace Clausier.Analysis.Evaluating;

/// <summary>
/// The evaluation of the offers of one lot: the comparison, the grid it was scored with, and each
/// candidate's regularity, scores and rank (docs/evaluate.md). The one computation every output shows.
/// </summary>
/// <param name="Decisions">Every decision of the decisions file that applied, in file order.</param>
public sealed record Evaluation(
    Comparison Comparison,
    EvaluationGrid Grid,
    IReadOnlyList<CandidateEvaluation> Candidates,
    IReadOnlyList<BuyerDecision> Decisions)
{
    public const string RoundingRule =
        "Chaque exigence vaut les points que lui donne la grille publiée ; les notes en sont calculées sans autre arrondi, puis arrondies au centième (au plus proche, 0,005 vers le haut) ; le classement se fait sur les notes arrondies et deux notes arrondies égales sont ex æquo. Une offre irrégulière n’est pas classée.";
}
