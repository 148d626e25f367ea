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
                diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1146", weight.Location, id);
            }
        }

        var declared = settings.SectionWeights.Count > 0;
        var groupOf = scored.ToDictionary(p => p.Id, p => declared ? DeclaredSection(p, settings) : DefaultGroup(p, points), StringComparer.Ordinal);
        var titles = catalogue.AllSections().ToDictionary(s => s.Number, s => s.Title, StringComparer.Ordinal);

        // The sections first with their exact weights, then every weight and value in hundredths (Hundredths):
        // what the grid publishes is what the offers are scored with, and it adds up to the total shown.
        var groups = new List<(string Key, double Weight, List<ControlPoint> Members, bool Declared)>();
        double total;
        double sectionsSum;
        if (declared)
        {
            sectionsSum = settings.SectionWeights.Sum(s => s.Value.Value);
            total = settings.Total?.Value ?? sectionsSum;
            if (settings.Total is { } declaredTotal && Math.Abs(sectionsSum - declaredTotal.Value) > Tolerance)
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1144", declaredTotal.Location, Number(sectionsSum), Number(declaredTotal.Value));
            }

            foreach (var (key, weight) in settings.SectionWeights)
            {
                var members = scored.Where(p => groupOf[p.Id] == key).ToList();
                if (members.Count == 0 && titles.ContainsKey(key))
                {
                    diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1148.empty", weight.Location, key, Number(weight.Value), selection.Lot.Number);
                }

                groups.Add((key, weight.Value, members, true));
            }

            var unweighted = scored.Where(p => groupOf[p.Id] is null).GroupBy(p => p.SectionNumber, StringComparer.Ordinal).Select(g => g.Key).ToList();
            if (unweighted.Count > 0)
            {
                diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1148.unweighted", settings.Location, string.Join(", ", unweighted));
            }
        }
        else
        {
            total = settings.Total?.Value ?? EvaluationSettings.DefaultTotal;
            sectionsSum = total;
            foreach (var group in scored.GroupBy(p => groupOf[p.Id]!, StringComparer.Ordinal).OrderBy(g => g.Key, SectionNumberComparer.Instance))
            {
                groups.Add((group.Key, group.Sum(weightOf), [.. group], false));
            }
        }

        if (scored.Count == 0)
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1147", settings.Location, selection.Lot.Number);
        }

        // Declared weights are shared as written (their sum, which CLZ1144 holds to the total); shared-out ones divide the total.
        var sectionHundredths = Hundredths.Share(Hundredths.Of(sectionsSum), [.. groups.Select(g => g.Weight)]);
        var sections = new List<GridSection>();
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        var allWeights = groups.Sum(g => g.Weight);
        var rounded = Differs(total, Hundredths.Of(total));
        for (var i = 0; i < groups.Count; i++)
        {
            var (key, weight, members, isDeclared) = groups[i];
            var exactWeight = declared ? weight : allWeights > 0 ? sectionsSum * weight / allWeights : 0;
            var pointWeights = members.Select(weightOf).ToList();
            var pointSum = pointWeights.Sum();
            var shares = Hundredths.Share(sectionHundredths[i], pointWeights);
            rounded |= Differs(exactWeight, sectionHundredths[i]);
            for (var j = 0; j < members.Count; j++)
            {
                values[members[j].Id] = shares[j];
                rounded |= Differs(pointSum > 0 ? exactWeight * pointWeights[j] / pointSum : 0, shares[j]);
            }

            sections.Add(new GridSection(key, titles.GetValueOrDefault(key, ""), sectionHundredths[i] / 100.0, pointSum, members.Count, isDeclared));
        }

        var gridPoints = points.Select(p =>
        {
            var (value, reason) = importance[p.Id];
            var key = value == Importance.Informative ? null : groupOf[p.Id];
            return new GridPoint(p.Id, p.Title, p.SectionNumber, p.AnswerType, p.Evidence, value, reason, key, weightOf(p),
                key is not null && values.TryGetValue(p.Id, out var hundredths) ? hundredths / 100.0 : 0);
        }).ToList();
        var grid = new EvaluationGrid(settings.Criterion, Hundredths.Of(total) / 100.0, sections, gridPoints, settings.Scale, selection.Tender.Options.AllowPartial, declared)
        {
            Rounded = rounded,
        };
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

    /// <summary>
    /// The sections a tender may weigh, as the grid groups points when it weighs none: each top-level
    /// section holding points of its own, else its sub-sections; only those holding points.
    /// </summary>
    public static IEnumerable<Section> WeighableSections(Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return catalogue.Sections
            .SelectMany(s => s.Points.Count > 0 ? (IEnumerable<Section>)[s] : s.Subsections)
            .Where(s => s.AllPoints().Any());
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
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1145.point", location, id, MessageCatalogue.Suggestion(Suggestions.Closest(id, pointIds)));
            }
        }

        foreach (var (number, location) in rules.Sections.Select(s => (s.Key, s.Value.Location)).Concat(weightedSections ?? []))
        {
            if (!sectionNumbers.Contains(number, StringComparer.Ordinal))
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1145.section", location, number, MessageCatalogue.Suggestion(Suggestions.Closest(number, sectionNumbers)));
            }
        }
    }

    private static bool Differs(double exact, long hundredths) => Math.Abs(exact - hundredths / 100.0) > Tolerance;

    /// <summary>A weight in each language's notation: « 20.5 » in English, « 20,5 » in French.</summary>
    private static MessageText Number(double value) =>
        new(value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture), value.ToString("0.###", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
}
