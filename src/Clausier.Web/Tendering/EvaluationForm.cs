using System.ComponentModel.DataAnnotations;

namespace Clausier.Web.Tendering;

/// <summary>
/// The tender's <c>evaluation</c> block (docs/evaluate.md) as the consultation page carries it. The
/// buyer edits the criterion, the total and the section weights; the point weights, the importance
/// overrides and the scale of an imported file travel from post to post as they were, shown but not
/// edited, so that the file downloaded again weighs the offers exactly as the one imported.
/// </summary>
public sealed class EvaluationForm
{
    /// <summary>A number as a buyer types it: digits, with a decimal comma or point.</summary>
    public const string NumberPattern = @"^\s*[0-9]{1,9}([.,][0-9]{1,17})?\s*$";

    /// <summary>The template key of the message a weight that is not such a number gets.</summary>
    public const string NumberMessage = "CLZ6110.positive-number";

    /// <summary>The tender has an <c>evaluation</c> block even when nothing below differs from the defaults.</summary>
    public bool Present { get; set; }

    [StringLength(200, ErrorMessage = "CLZ6110.max-length")]
    public string? Criterion { get; set; }

    [RegularExpression(NumberPattern, ErrorMessage = NumberMessage)]
    public string? Total { get; set; }

    /// <summary>Section weights in the tender's order; a row left empty weighs nothing.</summary>
    public List<WeightForm> Sections { get; set; } = [];

    /// <summary>Weights of points within their section, as the file gave them.</summary>
    public List<WeightForm> Points { get; set; } = [];

    /// <summary>Importance of every point the rules below do not reach (<c>importance.default</c>), as written: mandatory, scored, informative.</summary>
    [StringLength(20)]
    public string? DefaultImportance { get; set; }

    /// <summary>Importance overrides by answer type, section and point, as the file gave them.</summary>
    public List<ImportanceForm> Importance { get; set; } = [];

    /// <summary>The six shares of the scale (<c>scale</c>), in invariant notation; empty for the default scale.</summary>
    public List<string?> Scale { get; set; } = [];
}
