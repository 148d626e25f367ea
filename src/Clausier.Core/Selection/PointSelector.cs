using Clausier.Core.Diagnostics;
using Clausier.Core.Model;
using Clausier.Core.Tenders;
using Clausier.Core.Text;

namespace Clausier.Core.Selection;

/// <summary>
/// Decides which points an annex holds: those of the lot's segment, plus the sections and points the
/// tender includes, minus those it excludes. Also checks the tender against the catalogue.
/// </summary>
public static class PointSelector
{
    public static Result<AnnexSelection> Select(Catalogue catalogue, Tender tender, Lot lot)
    {
        var bag = new DiagnosticBag();
        var segment = ResolveSegment(catalogue, lot, bag);
        CheckReferences(catalogue, tender.Options, bag);
        var parameters = ResolveParameters(catalogue, tender.Options, bag);
        if (segment is null || bag.HasErrors)
        {
            return new Result<AnnexSelection>(null, bag.ToList());
        }

        var sections = catalogue.Sections.Select(s => Prune(s, p => Keep(p, segment.Id, tender.Options))).OfType<Section>().ToList();
        if (!sections.SelectMany(s => s.AllPoints()).Any())
        {
            bag.Report(DiagnosticSeverity.Error, "CLZ1208", lot.Location, lot.Number, segment.Id);
            return new Result<AnnexSelection>(null, bag.ToList());
        }

        return new Result<AnnexSelection>(new AnnexSelection(catalogue, tender, lot, segment, sections, parameters), bag.ToList());
    }

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

    private static void CheckReferences(Catalogue catalogue, TenderOptions options, DiagnosticBag bag)
    {
        var pointIds = catalogue.AllPoints().Select(p => p.Id).ToList();
        var sectionNumbers = catalogue.AllSections().Select(s => s.Number).ToList();
        foreach (var point in options.IncludePoints.Concat(options.ExcludePoints).Where(p => !pointIds.Contains(p.Value)))
        {
            bag.Report(DiagnosticSeverity.Error, "CLZ1204", point.Location, point.Value, MessageCatalogue.Suggestion(Suggestions.Closest(point.Value, pointIds)));
        }

        foreach (var section in options.IncludeSections.Concat(options.ExcludeSections).Where(s => !sectionNumbers.Contains(s.Value)))
        {
            bag.Report(DiagnosticSeverity.Error, "CLZ1205", section.Location, section.Value, MessageCatalogue.Suggestion(Suggestions.Closest(section.Value, sectionNumbers)));
        }
    }

    private static Dictionary<string, string> ResolveParameters(Catalogue catalogue, TenderOptions options, DiagnosticBag bag)
    {
        var values = catalogue.Parameters.ToDictionary(p => p.Id, p => p.Default, StringComparer.Ordinal);
        foreach (var (id, value) in options.Parameters)
        {
            if (!values.ContainsKey(id))
            {
                // A tender written for another catalogue may set parameters this one lacks: harmless, but worth saying.
                bag.Report(DiagnosticSeverity.Warning, "CLZ1206", value.Location, id, catalogue.Id, MessageCatalogue.Suggestion(Suggestions.Closest(id, values.Keys)));
                continue;
            }

            values[id] = value.Value;
        }

        return values;
    }

    private static bool Keep(ControlPoint point, string segment, TenderOptions options)
    {
        if (options.ExcludePoints.Any(p => p.Value == point.Id) || InAny(point.SectionNumber, options.ExcludeSections))
        {
            return false;
        }

        return point.AppliesTo(segment) || options.IncludePoints.Any(p => p.Value == point.Id) || InAny(point.SectionNumber, options.IncludeSections);
    }

    private static bool InAny(string sectionNumber, IReadOnlyList<Located<string>> sections) =>
        sections.Any(s => sectionNumber == s.Value || sectionNumber.StartsWith(s.Value + ".", StringComparison.Ordinal));

    private static Section? Prune(Section section, Func<ControlPoint, bool> keep)
    {
        var points = section.Points.Where(keep).ToList();
        var subsections = section.Subsections.Select(s => Prune(s, keep)).OfType<Section>().ToList();
        return points.Count == 0 && subsections.Count == 0 ? null : section with { Points = points, Subsections = subsections };
    }
}
