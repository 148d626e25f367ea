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
                bag.Report(DiagnosticSeverity.Error, "CLZ1102", duplicate.Location, duplicate.Id, first.Location);
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
                bag.Report(DiagnosticSeverity.Error, "CLZ1109", point.Location, point.Id, section.Number, prefix);
                continue;
            }

            var number = int.Parse(point.Id[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
            if (number != expected)
            {
                bag.Report(DiagnosticSeverity.Error, "CLZ1108.point", point.Location, point.Id, prefix, expected - 1, expected);
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
                bag.Report(DiagnosticSeverity.Error, "CLZ1108.section", section.Location, section.Number, expected);
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
                        bag.Report(DiagnosticSeverity.Error, "CLZ1106",
                            isBody ? Within(point.BodyLocation, text, match.Index) ?? point.Location : point.Location,
                            point.Id, "{{" + id + "}}", Text.Suggestions.Hint(id, declared));
                    }
                }
            }
        }

        foreach (var parameter in catalogue.Parameters.Where(p => !used.Contains(p.Id)))
        {
            bag.Report(DiagnosticSeverity.Info, "CLZ1118", parameter.Location, parameter.Id);
        }
    }

    private static void EmptyText(Catalogue catalogue, DiagnosticBag bag)
    {
        foreach (var point in catalogue.AllPoints())
        {
            if (string.IsNullOrWhiteSpace(point.Title))
            {
                bag.Report(DiagnosticSeverity.Error, "CLZ1107.title", point.Location, point.Id);
            }

            if (string.IsNullOrWhiteSpace(point.Body))
            {
                bag.Report(DiagnosticSeverity.Error, "CLZ1107.body", point.Location, point.Id);
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
                if (request.Success)
                {
                    bag.Report(DiagnosticSeverity.Warning, "CLZ1124.text", Within(point.BodyLocation, point.Body, request.Index) ?? point.Location,
                        point.Id, AnswerType.None.ToWritten(), request.Value);
                }
                else
                {
                    bag.Report(DiagnosticSeverity.Warning, "CLZ1124.evidence", point.Location, point.Id, AnswerType.None.ToWritten());
                }
            }
        }
    }

    private static void SegmentOptions(Catalogue catalogue, DiagnosticBag bag)
    {
        foreach (var option in catalogue.Segments.SelectMany(s => s.Options))
        {
            foreach (var id in option.ExcludePoints.Where(id => catalogue.FindPoint(id) is null))
            {
                bag.Report(DiagnosticSeverity.Error, "CLZ1125", option.Location, option.Id, id);
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
