using Clausier.Core.Diagnostics;
using Clausier.Core.Linting;
using Clausier.Core.Model;
using Clausier.Core.Parameters;
using Clausier.Core.Tenders;
using Clausier.Core.Text;

namespace Clausier.Core.Selection;

/// <summary>
/// Decides which points an annex holds: those of the lot's segment, plus the sections and points the
/// tender and the lot include, minus those they exclude and those the lot's segment options leave out.
/// Also checks the tender against the catalogue: ids, parameter types and published floors, derogations.
/// </summary>
public static class PointSelector
{
    public static Result<AnnexSelection> Select(Catalogue catalogue, Tender tender, Lot lot)
    {
        var bag = new DiagnosticBag();
        var segment = ResolveSegment(catalogue, lot, bag);
        CheckReferences(catalogue, tender, lot, bag);
        var options = segment is null ? [] : ResolveSegmentOptions(segment, lot, bag);
        var (parameters, changed) = ResolveParameters(catalogue, tender.Options, bag);
        if (segment is null || bag.HasErrors)
        {
            return new Result<AnnexSelection>(null, bag.ToList());
        }

        var sections = catalogue.Sections.Select(s => Prune(s, p => Keep(p, segment.Id, tender, lot, options))).OfType<Section>().ToList();
        if (!sections.SelectMany(s => s.AllPoints()).Any())
        {
            bag.Report(DiagnosticSeverity.Error, "CLZ1208", lot.Location, lot.Number, segment.Id);
            return new Result<AnnexSelection>(null, bag.ToList());
        }

        var selection = new AnnexSelection(catalogue, tender, lot, segment, sections, parameters)
        {
            Departures = Departures(catalogue, tender, lot, segment.Id, options, sections, changed),
        };
        WarnUnreachableContacts(catalogue, selection, tender.Options, bag);
        return new Result<AnnexSelection>(selection, bag.ToList());
    }

    /// <summary>
    /// Whether the lot would hold <paramref name="pointId"/> if nothing excluded it: its segment selects
    /// it, or the tender or the lot adds it. Decides whether taking a point back needs an exclusion.
    /// </summary>
    public static bool SelectsWithoutExclusions(Catalogue catalogue, Tender tender, Lot lot, string pointId) =>
        catalogue.FindPoint(pointId) is { } point && Adds(point, lot.Segment.Value, tender.Options, lot);

    private static Segment? ResolveSegment(Catalogue catalogue, Lot lot, DiagnosticBag bag)
    {
        if (catalogue.Segments.Count == 0)
        {
            // An imported framework declares no segments: every point applies, whatever the lot's segment.
            bag.Report(DiagnosticSeverity.Info, "CLZ1203.no-segments", lot.Segment.Location, catalogue.Id, lot.Number);
            return new Segment(lot.Segment.Value, lot.Segment.Value, "");
        }

        var segment = catalogue.FindSegment(lot.Segment.Value);
        if (segment is null)
        {
            bag.Report(DiagnosticSeverity.Error, "CLZ1203.unknown", lot.Segment.Location, lot.Number, lot.Segment.Value,
                MessageCatalogue.Suggestion(Suggestions.Closest(lot.Segment.Value, catalogue.Segments.Select(s => s.Id))));
        }

        return segment;
    }

    private static List<SegmentOption> ResolveSegmentOptions(Segment segment, Lot lot, DiagnosticBag bag)
    {
        var options = new List<SegmentOption>();
        foreach (var written in lot.SegmentOptions)
        {
            if (segment.FindOption(written.Value) is { } option)
            {
                options.Add(option);
                continue;
            }

            var hint = Suggestions.Hint(written.Value, segment.Options.Select(o => o.Id));
            if (segment.Options.Count == 0)
            {
                bag.Report(DiagnosticSeverity.Error, "CLZ1226.none", written.Location, lot.Number, segment.Id, written.Value, hint);
            }
            else
            {
                bag.Report(DiagnosticSeverity.Error, "CLZ1226", written.Location, lot.Number, segment.Id, written.Value,
                    string.Join(", ", segment.Options.Select(o => o.Id)), hint);
            }
        }

        return options;
    }

    private static void CheckReferences(Catalogue catalogue, Tender tender, Lot lot, DiagnosticBag bag)
    {
        var options = tender.Options;
        var pointIds = catalogue.AllPoints().Select(p => p.Id).ToList();
        var sectionNumbers = catalogue.AllSections().Select(s => s.Number).ToList();
        var written = options.IncludePoints.Concat(options.ExcludePoints).Concat(lot.IncludePoints).Concat(lot.ExcludePoints);
        foreach (var point in written.Where(p => !pointIds.Contains(p.Value, PointIds.Comparer)))
        {
            bag.Report(DiagnosticSeverity.Error, "CLZ1204", point.Location, point.Value, MessageCatalogue.Suggestion(Suggestions.Closest(point.Value, pointIds)));
        }

        foreach (var section in options.IncludeSections.Concat(options.ExcludeSections).Where(s => !sectionNumbers.Contains(s.Value)))
        {
            bag.Report(DiagnosticSeverity.Error, "CLZ1205", section.Location, section.Value, MessageCatalogue.Suggestion(Suggestions.Closest(section.Value, sectionNumbers)));
        }

        foreach (var derogation in options.Derogations)
        {
            if (derogation.Point is { } point && !pointIds.Contains(point, PointIds.Comparer))
            {
                bag.Report(DiagnosticSeverity.Error, "CLZ1225.point", derogation.Location, point, Suggestions.Hint(point, pointIds));
            }
            else if (derogation.Point is { } excluded && !IsExcludedSomewhere(tender, excluded))
            {
                bag.Report(DiagnosticSeverity.Warning, "CLZ1224.point", derogation.Location, excluded);
            }
        }
    }

    private static bool IsExcludedSomewhere(Tender tender, string point) =>
        tender.Options.ExcludePoints.Concat(tender.Lots.SelectMany(l => l.ExcludePoints)).Any(p => PointIds.Same(p.Value, point));

    private static (Dictionary<string, string> Values, List<ChangedParameter> Changed) ResolveParameters(
        Catalogue catalogue, TenderOptions options, DiagnosticBag bag)
    {
        var values = catalogue.Parameters.ToDictionary(p => p.Id, p => p.Default, StringComparer.Ordinal);
        var changed = new List<ChangedParameter>();
        foreach (var (id, written) in options.Parameters)
        {
            if (catalogue.Parameters.FirstOrDefault(p => p.Id == id) is not { } parameter)
            {
                // A tender written for another catalogue may set parameters this one lacks: harmless, but worth saying.
                bag.Report(DiagnosticSeverity.Warning, "CLZ1206", written.Location, id, catalogue.Id, MessageCatalogue.Suggestion(Suggestions.Closest(id, values.Keys)));
                continue;
            }

            if (ParameterValue.Parse(parameter.Kind, written.Value) is not { } value)
            {
                bag.Report(DiagnosticSeverity.Error, $"{DiagnosticIds.InvalidParameterValue}.{parameter.Kind.ToWritten()}", written.Location, id, written.Value);
                continue;
            }

            var derogation = options.Derogations.FirstOrDefault(d => d.Parameter == id);
            var weaker = parameter.IsWeakerThanPublished(value);
            if (weaker && derogation is null)
            {
                bag.Report(DiagnosticSeverity.Error, DiagnosticIds.ParameterWeakerThanPublished, written.Location, id, written.Value, parameter.Published);
                continue;
            }

            values[id] = value.Text;
            if (parameter.Published is { } published && !string.Equals(value.Text, published, StringComparison.Ordinal))
            {
                changed.Add(new ChangedParameter(parameter, published, value.Text, weaker, derogation?.Reason));
            }
        }

        foreach (var derogation in options.Derogations.Where(d => d.Parameter is not null))
        {
            var parameter = catalogue.Parameters.FirstOrDefault(p => p.Id == derogation.Parameter);
            if (parameter is null)
            {
                bag.Report(DiagnosticSeverity.Error, "CLZ1225.parameter", derogation.Location, derogation.Parameter, Suggestions.Hint(derogation.Parameter!, values.Keys));
            }
            else if (!changed.Exists(c => c.Parameter.Id == parameter.Id && c.Weaker))
            {
                bag.Report(DiagnosticSeverity.Warning, "CLZ1224.parameter", derogation.Location, parameter.Id);
            }
        }

        return (values, changed);
    }

    /// <summary>A contact the annex prints that only describes someone: candidates cannot write to a description.</summary>
    private static void WarnUnreachableContacts(Catalogue catalogue, AnnexSelection selection, TenderOptions options, DiagnosticBag bag)
    {
        foreach (var parameter in catalogue.Parameters.Where(p => p.Kind == ParameterKind.Contact))
        {
            var value = selection.Parameters[parameter.Id];
            if (ParameterValue.IsReachable(value) || !selection.Points.Any(p => Uses(p, parameter.Id)))
            {
                continue;
            }

            var location = options.Parameters.TryGetValue(parameter.Id, out var written) ? written.Location : selection.Tender.Location;
            bag.Report(DiagnosticSeverity.Warning, DiagnosticIds.ContactNotReachable, location, parameter.Id, value, parameter.Label);
        }
    }

    private static bool Uses(ControlPoint point, string parameterId) =>
        CatalogueLinter.ParameterUse().Matches(point.Body).Any(m => m.Groups["id"].Value == parameterId);

    private static AnnexDepartures Departures(Catalogue catalogue, Tender tender, Lot lot, string segment,
        List<SegmentOption> options, List<Section> sections, List<ChangedParameter> changed)
    {
        var kept = sections.SelectMany(s => s.AllPoints()).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var excluded = new List<ExcludedPoint>();
        var added = new List<ControlPoint>();
        foreach (var point in catalogue.AllPoints())
        {
            if (kept.Contains(point.Id))
            {
                if (!point.AppliesTo(segment))
                {
                    added.Add(point);
                }

                continue;
            }

            if (!Adds(point, segment, tender.Options, lot))
            {
                continue;
            }

            var reason = tender.Options.Derogations.FirstOrDefault(d => d.Point is { } id && PointIds.Same(id, point.Id))?.Reason;
            if (lot.ExcludePoints.Any(p => PointIds.Same(p.Value, point.Id)))
            {
                excluded.Add(new ExcludedPoint(point, ExclusionScope.Lot, reason));
            }
            else if (options.FirstOrDefault(o => o.ExcludePoints.Contains(point.Id, PointIds.Comparer)) is { } option && !Excluded(point, tender.Options))
            {
                excluded.Add(new ExcludedPoint(point, ExclusionScope.SegmentOption, reason ?? option.Label));
            }
            else
            {
                excluded.Add(new ExcludedPoint(point, ExclusionScope.Tender, reason));
            }
        }

        return new AnnexDepartures(excluded, added, changed);
    }

    private static bool Keep(ControlPoint point, string segment, Tender tender, Lot lot, List<SegmentOption> options)
    {
        if (Excluded(point, tender.Options) || lot.ExcludePoints.Any(p => PointIds.Same(p.Value, point.Id))
            || options.Exists(o => o.ExcludePoints.Contains(point.Id, PointIds.Comparer)))
        {
            return false;
        }

        return Adds(point, segment, tender.Options, lot);
    }

    private static bool Excluded(ControlPoint point, TenderOptions options) =>
        options.ExcludePoints.Any(p => PointIds.Same(p.Value, point.Id)) || InAny(point.SectionNumber, options.ExcludeSections);

    private static bool Adds(ControlPoint point, string segment, TenderOptions options, Lot lot) =>
        point.AppliesTo(segment) || options.IncludePoints.Any(p => PointIds.Same(p.Value, point.Id))
        || lot.IncludePoints.Any(p => PointIds.Same(p.Value, point.Id)) || InAny(point.SectionNumber, options.IncludeSections);

    private static bool InAny(string sectionNumber, IReadOnlyList<Located<string>> sections) =>
        sections.Any(s => sectionNumber == s.Value || sectionNumber.StartsWith(s.Value + ".", StringComparison.Ordinal));

    private static Section? Prune(Section section, Func<ControlPoint, bool> keep)
    {
        var points = section.Points.Where(keep).ToList();
        var subsections = section.Subsections.Select(s => Prune(s, keep)).OfType<Section>().ToList();
        return points.Count == 0 && subsections.Count == 0 ? null : section with { Points = points, Subsections = subsections };
    }
}
