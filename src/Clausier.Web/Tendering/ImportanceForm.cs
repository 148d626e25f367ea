using System.ComponentModel.DataAnnotations;

namespace Clausier.Web.Tendering;

/// <summary>One importance override of the evaluation block (<c>importance.answer_types</c>, <c>.sections</c> or <c>.points</c>).</summary>
public sealed class ImportanceForm
{
    public const string AnswerType = "answer_types";
    public const string Section = "sections";
    public const string Point = "points";

    /// <summary><see cref="AnswerType"/>, <see cref="Section"/> or <see cref="Point"/>.</summary>
    [StringLength(20)]
    public string? Scope { get; set; }

    /// <summary>The answer type as written in files (<c>Aucune</c>), the section number or the point id.</summary>
    [StringLength(100)]
    public string? Target { get; set; }

    /// <summary>mandatory, scored or informative.</summary>
    [StringLength(20)]
    public string? Value { get; set; }
}
