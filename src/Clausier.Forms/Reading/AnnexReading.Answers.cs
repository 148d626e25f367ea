using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;
using Clausier.Forms.Document;

namespace Clausier.Forms.Reading;

internal sealed partial class AnnexReading
{
    private readonly List<FieldHit> _answerHits = [];

    private List<PointAnswer> ReadAnswers()
    {
        var expected = _manifest.Points.ToList();
        var known = expected.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in _index.PointIds.Where(id => !known.Contains(id)))
        {
            if (_manifest.Document is not null)
            {
                var table = _index.AnswerTables.GetValueOrDefault(id)?[0];
                state.Report(DiagnosticSeverity.Warning, "CLZ4203", id, table?.Table, null);
            }

            expected.Add(new ExpectedPoint(id, null, null, null));
        }

        var answers = expected.Select(ReadPoint).ToList();
        var byPosition = _answerHits.Count(h => h.Source == AnswerSource.Position);
        if (byPosition > 0)
        {
            state.ReportFile(DiagnosticSeverity.Info, "CLZ4204", byPosition, _answerHits.Count);
        }

        return answers;
    }

    private PointAnswer ReadPoint(ExpectedPoint point)
    {
        var tables = _index.AnswerTables.GetValueOrDefault(point.Id) ?? [];
        var table = tables.FirstOrDefault();
        if (tables.Count > 1)
        {
            state.Report(DiagnosticSeverity.Error, "CLZ4202.table", point.Id, tables[1].Table, MessageCatalogue.Format("location.table", tables[1].TableNumber), tables.Count);
        }

        foreach (var field in table?.DuplicateRows ?? [])
        {
            state.Report(DiagnosticSeverity.Error, "CLZ4202.row", point.Id, table!.Table, MessageCatalogue.Format("location.table", table.TableNumber), FormContract.Label(field));
        }

        var hits = new Dictionary<FormField, FieldHit>();
        var missing = new List<FormField>();
        foreach (var field in ExpectedFields(point, table))
        {
            var kind = field switch
            {
                FormField.Status => ControlKind.List,
                FormField.Date => ControlKind.Date,
                _ => ControlKind.Text,
            };
            var hit = Resolve(point.Id, FormContract.PointTag(point.Id, field), Describe(field),
                table?.Rows.GetValueOrDefault(field), table?.TableNumber ?? 0, kind);
            if (hit is null)
            {
                missing.Add(field);
            }
            else
            {
                hits[field] = hit;
                _answerHits.Add(hit);
            }
        }

        if (hits.Count == 0)
        {
            state.ReportFile(DiagnosticSeverity.Error, "CLZ4207", point.Id);
            return new PointAnswer(point.Id, point.Title, null, null, null, null, AnswerSource.Missing, new Dictionary<FormField, AnswerSource>(), Hash(point));
        }

        foreach (var field in missing)
        {
            state.Report(DiagnosticSeverity.Error, "CLZ4201", point.Id, table?.Table, table is null ? null : MessageCatalogue.Format("location.table", table.TableNumber),
                FormContract.Label(field));
        }

        foreach (var (field, hit) in hits.Where(h => h.Value.Source is AnswerSource.FillIn or AnswerSource.Text))
        {
            state.Report(DiagnosticSeverity.Info, hit.Source == AnswerSource.FillIn ? "CLZ4205.fillin" : "CLZ4205.text", point.Id, hit.Container, hit.Detail,
                Describe(field));
        }

        var status = ReadStatus(point, hits.GetValueOrDefault(FormField.Status));
        var answer = hits.TryGetValue(FormField.Answer, out var a) ? NullIfEmpty(Text(a, out _)) : null;
        var evidence = hits.TryGetValue(FormField.Evidence, out var e) ? NullIfEmpty(Text(e, out _)) : null;
        var date = ReadDate(point.Id, hits.GetValueOrDefault(FormField.Date));
        CheckRequired(point, status, answer, date, hits);

        var sources = hits.ToDictionary(h => h.Key, h => h.Value.Source);
        return new PointAnswer(point.Id, point.Title ?? table?.Title, status.Status, answer, evidence, date,
            sources.Values.Max(), sources, Hash(point));
    }

    private static string? Hash(ExpectedPoint point) => string.IsNullOrEmpty(point.Sha256) ? null : point.Sha256;

    private IEnumerable<FormField> ExpectedFields(ExpectedPoint point, AnswerTable? table)
    {
        if (point.Type is { } type && _manifest.AllowPartial is { } allowPartial)
        {
            return FormContract.FieldsFor(type, allowPartial);
        }

        // Without the manifest, the date row exists only where Partiel is offered.
        var hasDate = table?.Rows.ContainsKey(FormField.Date) == true
            || _index.Tagged.ContainsKey(FormContract.PointTag(point.Id, FormField.Date));
        return hasDate
            ? [FormField.Status, FormField.Answer, FormField.Evidence, FormField.Date]
            : [FormField.Status, FormField.Answer, FormField.Evidence];
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <param name="pointId">The point of a compliance date; null for the candidate's signature date.</param>
    private DateOnly? ReadDate(string? pointId, FieldHit? hit)
    {
        if (hit is null)
        {
            return null;
        }

        var text = Text(hit, out _);
        if (text.Length == 0)
        {
            return null;
        }

        var typed = ParseDate(text);
        var full = FullDate(hit.Control);
        if (typed is null)
        {
            if (full is not null)
            {
                state.Report(DiagnosticSeverity.Warning, pointId is null ? "CLZ4310.signature-not-a-date" : "CLZ4310.compliance-not-a-date", pointId,
                    hit.Container, hit.Detail, AnswerText.Excerpt(text), full);
                return full;
            }

            if (pointId is null)
            {
                state.Report(DiagnosticSeverity.Warning, "CLZ4403", null, hit.Container, hit.Detail, AnswerText.Excerpt(text));
            }
            else
            {
                state.Report(DiagnosticSeverity.Error, "CLZ4307", pointId, hit.Container, hit.Detail, AnswerText.Excerpt(text));
            }

            return null;
        }

        if (full is not null && full != typed)
        {
            state.Report(DiagnosticSeverity.Warning, pointId is null ? "CLZ4310.signature-differs" : "CLZ4310.compliance-differs", pointId,
                hit.Container, hit.Detail, typed, full);
        }

        return typed;
    }

    private static bool RequiresExplanation(AnswerStatus? status) =>
        status is AnswerStatus.Non or AnswerStatus.Partiel or AnswerStatus.NonConcerne;
}
