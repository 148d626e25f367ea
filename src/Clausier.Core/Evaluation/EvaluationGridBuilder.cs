using Clausier.Core.Diagnostics;
using Clausier.Core.Model;
using Clausier.Core.Selection;
using Clausier.Core.Text;

namespace Clausier.Core.Evaluation;

/// <summary>
/// Builds the <see cref="EvaluationGrid"/> of one lot from the catalogue's importance defaults and the
/// tender's <c>evaluation</c> block, checking what the tender names and that the weights add up.
/// </summary>
public static class EvaluationGridBuilder
{
    /// <summary>Sums are compared to this tolerance, so that 33.3 + 33.3 + 33.4 = 100.</summary>
    private const double Tolerance = 1e-6;

    public static Result<EvaluationGrid> Build(AnnexSelection selection)
    {
        var diagnostics = new DiagnosticBag();
        var catalogue = selection.Catalogue;
        var settings = selection.Tender.Evaluation ?? EvaluationSettings.Default;
        CheckTargets(catalogue, settings, diagnostics);

        var points = selection.Points.ToList();
        var importance = points.ToDictionary(p => p.Id, p => Resolve(p, catalogue.Importance ?? ImportanceRules.None, settings.Importance), StringComparer.Ordinal);
        var scored = points.Where(p => importance[p.Id].Value != Importance.Informative).ToList();
        var weightOf = (ControlPoint p) => settings.PointWeights.TryGetValue(p.Id, out var w) ? w.Value : 1.0;
        foreach (var (id, weight) in settings.PointWeights)
        {
            if (importance.TryGetValue(id, out var i) && i.Value == Importance.Informative)
            {
                diagnostics.Warning(EvaluationDiagnosticIds.WeightOnUnscoredPoint, $"Point {id} is weighted but informative: it is not scored.", weight.Location);
            }
        }

        var declared = settings.SectionWeights.Count > 0;
        var groupOf = scored.ToDictionary(p => p.Id, p => declared ? DeclaredSection(p, settings) : DefaultGroup(p, points), StringComparer.Ordinal);
        var titles = catalogue.AllSections().ToDictionary(s => s.Number, s => s.Title, StringComparer.Ordinal);
        var sections = new List<GridSection>();
        double total;
        if (declared)
        {
            var sum = settings.SectionWeights.Sum(s => s.Value.Value);
            total = settings.Total?.Value ?? sum;
            if (settings.Total is { } declaredTotal && Math.Abs(sum - declaredTotal.Value) > Tolerance)
            {
                diagnostics.Error(EvaluationDiagnosticIds.WeightsDoNotAddUp,
                    $"The section weights add up to {Format(sum)}, not the declared total {Format(declaredTotal.Value)}.", declaredTotal.Location);
            }

            foreach (var (key, weight) in settings.SectionWeights)
            {
                var members = scored.Where(p => groupOf[p.Id] == key).ToList();
                if (members.Count == 0 && titles.ContainsKey(key))
                {
                    diagnostics.Warning(EvaluationDiagnosticIds.SectionWithoutScoredPoint,
                        $"Section {key} is weighted {Format(weight.Value)} but lot {selection.Lot.Number} has no scored point in it: no candidate can earn those points.", weight.Location);
                }

                sections.Add(new GridSection(key, titles.GetValueOrDefault(key, ""), weight.Value, members.Sum(weightOf), members.Count, true));
            }

            var unweighted = scored.Where(p => groupOf[p.Id] is null).GroupBy(p => p.SectionNumber, StringComparer.Ordinal).Select(g => g.Key).ToList();
            if (unweighted.Count > 0)
            {
                diagnostics.Warning(EvaluationDiagnosticIds.SectionWithoutScoredPoint,
                    $"No weighted section holds the points of section(s) {string.Join(", ", unweighted)}: they are not scored (mandatory ones stay eliminatory).", settings.Location);
            }
        }

        else
        {
            total = settings.Total?.Value ?? EvaluationSettings.DefaultTotal;
            var all = scored.Sum(weightOf);
            foreach (var group in scored.GroupBy(p => groupOf[p.Id]!, StringComparer.Ordinal).OrderBy(g => g.Key, SectionNumberComparer.Instance))
            {
                var sum = group.Sum(weightOf);
                sections.Add(new GridSection(group.Key, titles.GetValueOrDefault(group.Key, ""), all == 0 ? 0 : total * sum / all, sum, group.Count(), false));
            }
        }

        if (scored.Count == 0)
        {
            diagnostics.Warning(EvaluationDiagnosticIds.NothingScored, $"No point of lot {selection.Lot.Number} is scored: every point is informative.", settings.Location);
        }

        var bySection = sections.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var gridPoints = points.Select(p =>
        {
            var (value, reason) = importance[p.Id];
            var key = value == Importance.Informative ? null : groupOf[p.Id];
            var section = key is null ? null : bySection[key];
            var weight = weightOf(p);
            return new GridPoint(p.Id, p.Title, p.SectionNumber, p.AnswerType, p.Evidence, value, reason, key, weight,
                section is null || section.PointWeights == 0 ? 0 : section.Weight * weight / section.PointWeights);
        }).ToList();
        var grid = new EvaluationGrid(settings.Criterion, total, sections, gridPoints, settings.Scale, selection.Tender.Options.AllowPartial, declared);
        return new Result<EvaluationGrid>(grid, diagnostics.ToList());
    }

    private static (Importance Value, string Reason) Resolve(ControlPoint point, ImportanceRules catalogue, ImportanceRules tender) =>
        tender.For(point, "consultation")
        ?? catalogue.For(point, "catalogue")
        ?? (Importance.Mandatory, "exigences obligatoires du clausier publié");

    /// <summary>The most specific weighted section holding the point, or null.</summary>
    private static string? DeclaredSection(ControlPoint point, EvaluationSettings settings)
    {
        var section = point.SectionNumber;
        while (section.Length > 0)
        {
            if (settings.SectionWeights.Any(s => s.Key == section))
            {
                return section;
            }

            var dot = section.LastIndexOf('.');
            section = dot > 0 ? section[..dot] : "";
        }

        return null;
    }

    /// <summary>As the comparison groups points: a top-level section, or the sub-section of one that has no point of its own.</summary>
    private static string DefaultGroup(ControlPoint point, List<ControlPoint> points)
    {
        var parts = point.SectionNumber.Split('.');
        if (parts.Length == 1)
        {
            return parts[0];
        }

        var topHasOwn = points.Exists(p => p.SectionNumber == parts[0]);
        return topHasOwn ? parts[0] : $"{parts[0]}.{parts[1]}";
    }

    private static void CheckTargets(Catalogue catalogue, EvaluationSettings settings, DiagnosticBag diagnostics)
    {
        CheckTargets(catalogue, settings.Importance, diagnostics, settings.PointWeights.Select(p => (p.Key, p.Value.Location)),
            settings.SectionWeights.Select(s => (s.Key, s.Value.Location)));
    }

    /// <summary>Reports every point or section <paramref name="rules"/> (and the weights) name that the catalogue does not have.</summary>
    public static void CheckTargets(Catalogue catalogue, ImportanceRules rules, DiagnosticBag diagnostics,
        IEnumerable<(string Id, SourceLocation? Location)>? weightedPoints = null,
        IEnumerable<(string Number, SourceLocation? Location)>? weightedSections = null)
    {
        var pointIds = catalogue.AllPoints().Select(p => p.Id).ToList();
        var sectionNumbers = catalogue.AllSections().Select(s => s.Number).ToList();
        foreach (var (id, location) in rules.Points.Select(p => (p.Key, p.Value.Location)).Concat(weightedPoints ?? []))
        {
            if (!pointIds.Contains(id, StringComparer.Ordinal))
            {
                diagnostics.Error(EvaluationDiagnosticIds.UnknownWeightTarget, $"The catalogue has no point '{id}'.{Suggestions.DidYouMean(id, pointIds)}", location);
            }
        }

        foreach (var (number, location) in rules.Sections.Select(s => (s.Key, s.Value.Location)).Concat(weightedSections ?? []))
        {
            if (!sectionNumbers.Contains(number, StringComparer.Ordinal))
            {
                diagnostics.Error(EvaluationDiagnosticIds.UnknownWeightTarget, $"The catalogue has no section '{number}'.{Suggestions.DidYouMean(number, sectionNumbers)}", location);
            }
        }
    }

    private static string Format(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
