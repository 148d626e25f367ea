using Clausier.Core.Diagnostics;
using Clausier.Core.Model;

namespace Clausier.Core.Loading;

/// <summary>
/// Builds the section tree from the drafts of every file: sections nest by number, points go to
/// their section, and segments and edition are inherited down the tree.
/// </summary>
internal sealed class CatalogueAssembler(CatalogueHeader header, DiagnosticBag diagnostics)
{
    private readonly FieldInterpreter _fields = new(header.Segments, diagnostics);

    public IReadOnlyList<Section> Assemble(IReadOnlyList<SectionFileDraft> files)
    {
        var sections = UniqueSections(files);
        var points = files.SelectMany(f => f.Points).ToList();
        var inherited = sections.Values.ToDictionary(s => s.Number, s => SectionDefaults(s));
        var roots = sections.Values.Where(s => !s.Number.Contains('.', StringComparison.Ordinal) || !HasParent(s, sections)).ToList();
        foreach (var orphan in roots.Where(s => s.Number.Contains('.', StringComparison.Ordinal)))
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1120", orphan.Location, orphan.Number, Parent(orphan.Number));
        }

        return [.. roots.OrderBy(s => s.Number, SectionNumberComparer.Instance).Select(s => Build(s, sections, points, inherited))];
    }

    private Dictionary<string, SectionDraft> UniqueSections(IReadOnlyList<SectionFileDraft> files)
    {
        var sections = new Dictionary<string, SectionDraft>(StringComparer.Ordinal);
        foreach (var section in files.SelectMany(f => f.Sections))
        {
            if (!sections.TryAdd(section.Number, section))
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1116", section.Location, section.Number, sections[section.Number].Location);
            }
        }

        return sections;
    }

    private (IReadOnlyList<string>? Segments, int? Edition) SectionDefaults(SectionDraft section)
    {
        var fields = new FieldSet(section.Fields, FieldNames.OnSection, MessageCatalogue.Format("owner-section", section.Number), diagnostics);
        return (_fields.Segments(fields[FieldNames.Segments]), _fields.Edition(fields[FieldNames.Edition]));
    }

    private Section Build(SectionDraft draft, Dictionary<string, SectionDraft> sections, List<PointDraft> points,
        Dictionary<string, (IReadOnlyList<string>? Segments, int? Edition)> inherited)
    {
        var children = sections.Values.Where(s => Parent(s.Number) == draft.Number)
            .OrderBy(s => s.Number, SectionNumberComparer.Instance)
            .Select(s => Build(s, sections, points, inherited))
            .ToList();
        var own = points.Where(p => p.SectionNumber == draft.Number)
            .Select(p => BuildPoint(p, Resolve(draft.Number, inherited)))
            .OfType<ControlPoint>()
            .ToList();
        return new Section(draft.Number, draft.Title, draft.Introduction, own, children, draft.Location);
    }

    private ControlPoint? BuildPoint(PointDraft draft, (IReadOnlyList<string>? Segments, int? Edition) inherited)
    {
        var fields = new FieldSet(draft.Fields, FieldNames.OnPoint, MessageCatalogue.Format("owner-point", draft.Id), diagnostics);
        var answerType = _fields.AnswerType(fields[FieldNames.AnswerType], draft.Location, draft.Id);
        var segments = _fields.Segments(fields[FieldNames.Segments]) ?? inherited.Segments;
        var edition = _fields.Edition(fields[FieldNames.Edition]) ?? inherited.Edition;
        var references = _fields.References(fields[FieldNames.References]);
        if (segments is null || segments.Count == 0)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1113", draft.Location, draft.Id);
        }

        if (edition is null)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1103.edition", draft.Location, draft.Id, FieldNames.Edition);
        }

        if (answerType is null)
        {
            return null;
        }

        return new ControlPoint(draft.Id, draft.SectionNumber ?? "", draft.Title, draft.Body, answerType.Value,
            segments ?? [], fields[FieldNames.Condition]?.Value, references, fields[FieldNames.Evidence]?.Value,
            edition ?? 0, draft.Group, draft.Location, draft.Lines.At(draft.BodyOffset));
    }

    private static (IReadOnlyList<string>? Segments, int? Edition) Resolve(
        string number, Dictionary<string, (IReadOnlyList<string>? Segments, int? Edition)> inherited)
    {
        IReadOnlyList<string>? segments = null;
        int? edition = null;
        for (var current = number; current is not null; current = Parent(current))
        {
            if (inherited.TryGetValue(current, out var values))
            {
                segments ??= values.Segments;
                edition ??= values.Edition;
            }
        }

        return (segments, edition);
    }

    private static bool HasParent(SectionDraft section, Dictionary<string, SectionDraft> sections) =>
        Parent(section.Number) is { } parent && sections.ContainsKey(parent);

    internal static string? Parent(string number)
    {
        var cut = number.LastIndexOf('.');
        return cut < 0 ? null : number[..cut];
    }
}
