using System.Text.RegularExpressions;
using Clausier.Core.Diagnostics;
using Clausier.Core.Model;

namespace Clausier.Core.Linting;

/// <summary>
/// Rules that need the whole catalogue: unique ids, gap-free numbering, points in their own
/// section, declared parameters, non-empty text. Field-level rules run while loading.
/// </summary>
public static partial class CatalogueLinter
{
    public static IReadOnlyList<Diagnostic> Lint(Catalogue catalogue)
    {
        var bag = new DiagnosticBag();
        DuplicateIds(catalogue, bag);
        foreach (var section in catalogue.AllSections())
        {
            SectionNumbering(section, bag);
            PointNumbering(section, bag);
        }

        SectionNumbering(catalogue.Sections, bag);
        Parameters(catalogue, bag);
        EmptyText(catalogue, bag);
        AnswerTypeAsksNothing(catalogue, bag);
        SegmentOptions(catalogue, bag);
        return bag.ToList();
    }

    private static void DuplicateIds(Catalogue catalogue, DiagnosticBag bag)
    {
        foreach (var group in catalogue.AllPoints().GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                bag.Error(DiagnosticIds.DuplicatePointId, $"Point {duplicate.Id} is already defined at {first.Location}.", duplicate.Location);
            }
        }
    }

    private static void PointNumbering(Section section, DiagnosticBag bag)
    {
        var expected = 1;
        foreach (var point in section.Points)
        {
            var prefix = $"O-{section.Number}.";
            if (!point.Id.StartsWith(prefix, StringComparison.Ordinal) || point.Id[prefix.Length..].Contains('.', StringComparison.Ordinal))
            {
                bag.Error(DiagnosticIds.PointOutsideItsSection,
                    $"Point {point.Id} sits in section {section.Number}; its id should read {prefix}<n>.", point.Location);
                continue;
            }

            var number = int.Parse(point.Id[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
            if (number != expected)
            {
                bag.Error(DiagnosticIds.NumberingGap, $"Point {point.Id} follows {prefix}{expected - 1}: expected {prefix}{expected}.", point.Location);
            }

            expected = number + 1;
        }
    }

    private static void SectionNumbering(Section parent, DiagnosticBag bag) => SectionNumbering(parent.Subsections, bag);

    private static void SectionNumbering(IReadOnlyList<Section> siblings, DiagnosticBag bag)
    {
        var expected = 1;
        foreach (var section in siblings)
        {
            var last = int.Parse(section.Number.Split('.')[^1], System.Globalization.CultureInfo.InvariantCulture);
            if (last != expected)
            {
                bag.Error(DiagnosticIds.NumberingGap, $"Section {section.Number} comes where number {expected} was expected.", section.Location);
            }

            expected = last + 1;
        }
    }

    private static void Parameters(Catalogue catalogue, DiagnosticBag bag)
    {
        var declared = catalogue.Parameters.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var point in catalogue.AllPoints())
        {
            foreach (var (text, isBody) in new[] { (point.Body, true), (point.Condition ?? "", false), (point.Evidence ?? "", false) })
            {
                foreach (Match match in ParameterUse().Matches(text))
                {
                    var id = match.Groups["id"].Value;
                    used.Add(id);
                    if (!declared.Contains(id))
                    {
                        bag.Error(DiagnosticIds.UnknownParameter,
                            $"Point {point.Id} uses parameter '{{{{{id}}}}}', which catalogue.yml does not declare.{Text.Suggestions.DidYouMean(id, declared)}",
                            isBody ? Within(point.BodyLocation, text, match.Index) ?? point.Location : point.Location);
                    }
                }
            }
        }

        foreach (var parameter in catalogue.Parameters.Where(p => !used.Contains(p.Id)))
        {
            bag.Info(DiagnosticIds.UnusedParameter, $"Parameter '{parameter.Id}' is declared but no point uses it.", parameter.Location);
        }
    }

    private static void EmptyText(Catalogue catalogue, DiagnosticBag bag)
    {
        foreach (var point in catalogue.AllPoints())
        {
            if (string.IsNullOrWhiteSpace(point.Title))
            {
                bag.Error(DiagnosticIds.EmptyText, $"Point {point.Id} has no title.", point.Location);
            }

            if (string.IsNullOrWhiteSpace(point.Body))
            {
                bag.Error(DiagnosticIds.EmptyText, $"Point {point.Id} has no requirement text.", point.Location);
            }
        }
    }

    /// <summary>
    /// A point whose text or expected evidence asks the candidate for something while its answer type asks
    /// for nothing: the form would offer only an optional comment where an answer is due.
    /// </summary>
    private static void AnswerTypeAsksNothing(Catalogue catalogue, DiagnosticBag bag)
    {
        foreach (var point in catalogue.AllPoints().Where(p => p.AnswerType == AnswerType.None))
        {
            var request = CandidateRequest().Match(point.Body);
            if (request.Success || !string.IsNullOrWhiteSpace(point.Evidence))
            {
                var what = request.Success ? $"its text says « {request.Value} »" : "it lists expected evidence (Justificatifs attendus)";
                bag.Warning(DiagnosticIds.AnswerTypeAsksNothing,
                    $"Point {point.Id} is answered « {AnswerType.None.ToWritten()} », yet {what}: give it the answer type the request calls for (Description, or Description ou NC).",
                    request.Success ? Within(point.BodyLocation, point.Body, request.Index) ?? point.Location : point.Location);
            }
        }
    }

    private static void SegmentOptions(Catalogue catalogue, DiagnosticBag bag)
    {
        foreach (var option in catalogue.Segments.SelectMany(s => s.Options))
        {
            foreach (var id in option.ExcludePoints.Where(id => catalogue.FindPoint(id) is null))
            {
                bag.Error(DiagnosticIds.UnknownSegmentOption, $"Segment option '{option.Id}' excludes unknown point '{id}'.", option.Location);
            }
        }
    }

    /// <summary>The location of <paramref name="offset"/> inside a text that starts at <paramref name="start"/>.</summary>
    private static TextLocation? Within(TextLocation? start, string text, int offset)
    {
        if (start is null)
        {
            return null;
        }

        var before = text[..offset];
        var line = before.Count(c => c == '\n');
        var column = line == 0 ? start.Column + offset : offset - before.LastIndexOf('\n') - 1;
        return start with { Line = start.Line + line, Column = column };
    }

    /// <summary>Wording by which a point asks the candidate, in the offer, to describe or supply something.</summary>
    [GeneratedRegex(@"\b[Ll]e candidat (?:d[ée]cri|fourni|pr[ée]cise|indique|joint|liste|d[ée]taille|pr[ée]sente|communique|transmet)\w*", RegexOptions.CultureInvariant)]
    private static partial Regex CandidateRequest();

    /// <summary>A parameter use in clause text: <c>{{ id }}</c>.</summary>
    [GeneratedRegex(@"\{\{\s*(?<id>[A-Za-z0-9_\-]+)\s*\}\}")]
    public static partial Regex ParameterUse();
}
