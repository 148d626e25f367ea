using System.Globalization;
using Clausier.Core.Evaluation;
using Clausier.Core.Selection;
using Scriban.Runtime;

namespace Clausier.Templating.Model;

/// <summary>
/// The scoring grid as templates see it (<c>grid</c>, docs/templates.md): the same variables in the
/// annex's instructions, the grid published in the RC and the analysis report, so that they never disagree.
/// </summary>
public static class GridModel
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The grid of one annex; problems with the weights are reported by <c>clausier grid</c> and <c>evaluate</c>, not here.</summary>
    public static ScriptObject Build(AnnexSelection selection) =>
        EvaluationGridBuilder.Build(selection).Value is { } grid ? Build(grid) : new ScriptObject();

    public static ScriptObject Build(EvaluationGrid grid) => new()
    {
        ["criterion"] = grid.Criterion,
        ["total"] = Number(grid.Total),
        ["weights_declared"] = grid.WeightsDeclared,
        ["allow_partial"] = grid.AllowPartial,
        ["rounded"] = grid.Rounded,
        ["rounding"] = Hundredths.RuleFrench,
        ["sections"] = TemplateModelBuilder.Array(grid.Sections.Select(s => new ScriptObject
        {
            ["key"] = s.Key,
            ["title"] = s.Title,
            ["weight"] = Number(s.Weight),
            ["points"] = s.Points,
        })),
        ["points"] = TemplateModelBuilder.Array(grid.Points.Select(p => new ScriptObject
        {
            ["id"] = p.Id,
            ["title"] = p.Title,
            ["section"] = p.ScoreSection,
            ["importance"] = p.Importance.ToWritten(),
            ["importance_label"] = p.Importance.ToFrench(),
            ["importance_reason"] = p.ImportanceReason,
            ["weight"] = Number(p.Weight),
            ["value"] = Number(p.Value),
        })),
        ["eliminatory"] = TemplateModelBuilder.Array(grid.Eliminatory.Select(p => new ScriptObject { ["id"] = p.Id, ["title"] = p.Title })),
        ["informative"] = TemplateModelBuilder.Array(grid.Points.Where(p => p.Importance == Importance.Informative)
            .Select(p => new ScriptObject { ["id"] = p.Id, ["title"] = p.Title })),
        ["scale"] = new ScriptObject
        {
            ["oui"] = Percent(grid.Scale.Oui),
            ["partiel"] = Percent(grid.Scale.PartialWithPlan),
            ["non_concerne"] = Percent(grid.Scale.NotApplicable),
            ["description"] = Percent(grid.Scale.Described),
            ["non"] = Percent(grid.Scale.Non),
            ["sans_reponse"] = Percent(grid.Scale.NoAnswer),
        },
    };

    /// <summary>A weight as French text, at most two decimals: « 12,5 », « 16,95 ».</summary>
    public static string Number(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", French);

    /// <summary>A share as a French percentage with its no-break space: « 50 % ».</summary>
    public static string Percent(double share) => Number(share * 100) + "\u00A0%";
}
