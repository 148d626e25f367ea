using System.ComponentModel.DataAnnotations;

namespace Clausier.Web.Tendering;

/// <summary>One weight of the evaluation block: a section number or a point id, and its weight as typed.</summary>
public sealed class WeightForm
{
    [StringLength(20)]
    public string? Key { get; set; }

    [RegularExpression(EvaluationForm.NumberPattern, ErrorMessage = EvaluationForm.NumberMessage)]
    public string? Weight { get; set; }
}
