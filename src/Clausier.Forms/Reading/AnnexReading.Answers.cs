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
                state.Report(ProblemCodes.PointNotInManifest, DiagnosticSeverity.Warning, id,
                    "this point is not in the annex's manifest (added or copied from another annex?); its answers are listed all the same",
                    table?.Table, fr: "ce point ne figure pas dans le manifeste de l'annexe (ajouté, ou copié depuis une autre annexe ?) ; ses réponses sont tout de même reprises");
            }

            expected.Add(new ExpectedPoint(id, null, null, null));
        }

        var answers = expected.Select(ReadPoint).ToList();
        var byPosition = _answerHits.Count(h => h.Source == AnswerSource.Position);
        if (byPosition > 0)
        {
            state.ReportFile(ProblemCodes.FoundByPosition, DiagnosticSeverity.Info,
                $"{byPosition} of {_answerHits.Count} answer fields had lost their tags (typical of a LibreOffice 7.4 save) and were found by table position",
                $"{byPosition} champ(s) de réponse sur {_answerHits.Count} avaient perdu leur balise (enregistrement typique de LibreOffice 7.4) et ont été retrouvés par leur position dans les tableaux");
        }

        return answers;
    }

    private PointAnswer ReadPoint(ExpectedPoint point)
    {
        var tables = _index.AnswerTables.GetValueOrDefault(point.Id) ?? [];
        var table = tables.FirstOrDefault();
        if (tables.Count > 1)
        {
            state.Report(ProblemCodes.FieldDuplicated, DiagnosticSeverity.Error, point.Id,
                $"the answer table of this point appears {tables.Count} times; the first one was read", tables[1].Table,
                $"table {tables[1].TableNumber}",
                $"le tableau de réponse de ce point figure {tables.Count} fois ; seul le premier a été lu");
        }

        foreach (var field in table?.DuplicateRows ?? [])
        {
            state.Report(ProblemCodes.FieldDuplicated, DiagnosticSeverity.Error, point.Id,
                $"the row \"{FormContract.Label(field)}\" appears more than once in the answer table; the first one was read",
                table!.Table, $"table {table.TableNumber}",
                $"la ligne « {FormContract.Label(field)} » figure plusieurs fois dans le tableau de réponse ; seule la première a été lue");
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
            var hit = Resolve(point.Id, FormContract.PointTag(point.Id, field), Describe(field), DescribeFr(field),
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
            state.ReportFile(ProblemCodes.PointMissing, DiagnosticSeverity.Error,
                $"{point.Id}: neither an answer table nor a tagged control was found for this point (deleted?)",
                $"{point.Id} : ni tableau de réponse ni contrôle de formulaire n'a été trouvé pour ce point (supprimé ?)");
            return new PointAnswer(point.Id, point.Title, null, null, null, null, AnswerSource.Missing, new Dictionary<FormField, AnswerSource>(), Hash(point));
        }

        foreach (var field in missing)
        {
            state.Report(ProblemCodes.FieldMissing, DiagnosticSeverity.Error, point.Id,
                $"the field \"{FormContract.Label(field)}\" was found neither by its tag nor as a row of the answer table",
                table?.Table, table is null ? null : $"table {table.TableNumber}",
                $"le champ « {FormContract.Label(field)} » est introuvable (ni par sa balise, ni comme ligne du tableau de réponse)");
        }

        foreach (var (field, hit) in hits.Where(h => h.Value.Source is AnswerSource.FillIn or AnswerSource.Text))
        {
            state.Report(ProblemCodes.FoundAsFieldOrText, DiagnosticSeverity.Info, point.Id,
                $"the {Describe(field)} was read from {(hit.Source == AnswerSource.FillIn ? "a FILLIN field" : "the plain text of its cell")}: its content control is gone",
                hit.Container, hit.Detail,
                $"{Capitalised(DescribeFr(field))} a été lu{(field == FormField.Status ? "" : "e")} {(hit.Source == AnswerSource.FillIn ? "dans un champ FILLIN" : "dans le texte de sa cellule")} : son contrôle de formulaire a disparu");
        }

        var status = ReadStatus(point, hits.GetValueOrDefault(FormField.Status));
        var answer = hits.TryGetValue(FormField.Answer, out var a) ? NullIfEmpty(Text(a, out _)) : null;
        var evidence = hits.TryGetValue(FormField.Evidence, out var e) ? NullIfEmpty(Text(e, out _)) : null;
        var date = ReadDate(point.Id, hits.GetValueOrDefault(FormField.Date), "compliance date", "la date de mise en conformité");
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

    /// <param name="whatFr">The date named in French with its article, e.g. « la date de signature ».</param>
    private DateOnly? ReadDate(string? pointId, FieldHit? hit, string what, string whatFr)
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
                state.Report(ProblemCodes.DateDisagrees, DiagnosticSeverity.Warning, pointId,
                    $"the {what} shows \"{AnswerText.Excerpt(text)}\", which is not a date; the date stored in the control ({full:yyyy-MM-dd}) was used",
                    hit.Container, hit.Detail,
                    $"{Capitalised(whatFr)} affiche « {AnswerText.Excerpt(text)} », qui n'est pas une date ; la date enregistrée dans le contrôle ({full:dd/MM/yyyy}) a été retenue");
                return full;
            }

            state.Report(pointId is null ? ProblemCodes.CandidateDateInvalid : ProblemCodes.DateInvalid,
                pointId is null ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, pointId,
                $"the {what} \"{AnswerText.Excerpt(text)}\" is not a date (expected e.g. 31/12/2026)", hit.Container, hit.Detail,
                $"{Capitalised(whatFr)} « {AnswerText.Excerpt(text)} » n'est pas une date (attendu par exemple 31/12/2026)");
            return null;
        }

        if (full is not null && full != typed)
        {
            state.Report(ProblemCodes.DateDisagrees, DiagnosticSeverity.Warning, pointId,
                $"the {what} shows {typed:dd/MM/yyyy} but the control stores {full:dd/MM/yyyy}; the date shown was used",
                hit.Container, hit.Detail,
                $"{Capitalised(whatFr)} affiche le {typed:dd/MM/yyyy} mais le contrôle enregistre le {full:dd/MM/yyyy} ; la date affichée a été retenue");
        }

        return typed;
    }

    private static bool RequiresExplanation(AnswerStatus? status) =>
        status is AnswerStatus.Non or AnswerStatus.Partiel or AnswerStatus.NonConcerne;
}
