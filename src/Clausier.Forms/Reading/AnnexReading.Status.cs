using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;
using Clausier.Core.Model;
using Clausier.Forms.Document;

namespace Clausier.Forms.Reading;

internal sealed partial class AnnexReading
{
    /// <summary>The status read, and whether a problem was already reported about it.</summary>
    private readonly record struct StatusRead(AnswerStatus? Status, bool Reported);

    /// <summary>
    /// A status chosen from the list, typed ("oui", " OUI ", "NC" — accepted with a warning) or left as
    /// plain text where the control vanished; checked against the statuses the point offers.
    /// </summary>
    private StatusRead ReadStatus(ExpectedPoint point, FieldHit? hit)
    {
        if (hit is null)
        {
            return new StatusRead(null, false);
        }

        var text = Text(hit, out _);
        if (text.Length == 0)
        {
            return new StatusRead(null, false);
        }

        var status = FormContract.ParseStatus(text);
        if (status is null)
        {
            state.Report(DiagnosticSeverity.Error, "CLZ4305", point.Id, hit.Container, hit.Detail,
                AnswerText.Excerpt(text), string.Join(", ", Offered(point, hit).Select(FormContract.StatusText)));
            return new StatusRead(null, true);
        }

        var items = ListItems(hit.Control);
        // Where the control vanished (LibreOffice), its chosen text remains: only a non-canonical spelling was typed.
        var typed = hit.Control is not null
            ? !items.Contains(text, StringComparer.Ordinal)
            : text != FormContract.StatusText(status.Value);
        if (typed)
        {
            state.Report(DiagnosticSeverity.Warning, "CLZ4304", point.Id, hit.Container, hit.Detail,
                AnswerText.Excerpt(text), FormContract.StatusText(status.Value));
        }

        var offered = Offered(point, hit);
        if (!offered.Contains(status.Value))
        {
            state.Report(DiagnosticSeverity.Error, "CLZ4306", point.Id, hit.Container, hit.Detail,
                FormContract.StatusText(status.Value), string.Join(", ", offered.Select(FormContract.StatusText)));
            return new StatusRead(status, true);
        }

        return new StatusRead(status, false);
    }

    /// <summary>Statuses the point offers: from its answer type, else from its list items, else all of them.</summary>
    private IReadOnlyList<AnswerStatus> Offered(ExpectedPoint point, FieldHit hit)
    {
        if (point.Type is { } type)
        {
            return FormContract.StatusesFor(type, _manifest.AllowPartial ?? true);
        }

        var fromItems = ListItems(hit.Control).Select(FormContract.ParseStatus).OfType<AnswerStatus>().Distinct().ToList();
        return fromItems.Count > 0 ? fromItems : Enum.GetValues<AnswerStatus>();
    }

    /// <summary>What each answer type requires (Core <see cref="AnswerTypes"/>), with an explanation after Non, Partiel or NC.</summary>
    private void CheckRequired(ExpectedPoint point, StatusRead status, string? answer, DateOnly? date, Dictionary<FormField, FieldHit> hits)
    {
        var statusHit = hits.GetValueOrDefault(FormField.Status);
        var answerHit = hits.GetValueOrDefault(FormField.Answer);
        var answerRow = answerHit?.Container ?? statusHit?.Container;
        if (point.Type is { } type)
        {
            if (type.RequiresStatus() && status.Status is null && !status.Reported && statusHit is not null)
            {
                state.Report(DiagnosticSeverity.Error, "CLZ4301", point.Id, statusHit.Container, statusHit.Detail);
            }

            if (type.RequiresDescription() && answer is null && answerHit is not null)
            {
                state.Report(DiagnosticSeverity.Error, "CLZ4302", point.Id, answerHit.Container, answerHit.Detail);
                return;
            }
        }
        else if (status.Status is null && !status.Reported && answer is null && (statusHit is not null || answerHit is not null))
        {
            state.Report(DiagnosticSeverity.Error, "CLZ4311", point.Id, answerRow, (answerHit ?? statusHit)?.Detail);
        }

        var explanationNeeded = RequiresExplanation(status.Status)
            && (status.Status != AnswerStatus.NonConcerne || point.Type is null or AnswerType.YesNoNotApplicable or AnswerType.DescriptionOrNotApplicable);
        if (explanationNeeded && answer is null && answerHit is not null)
        {
            state.Report(DiagnosticSeverity.Error, "CLZ4303", point.Id, answerHit.Container, answerHit.Detail, FormContract.StatusText(status.Status!.Value));
        }

        var dateHit = hits.GetValueOrDefault(FormField.Date);
        if (status.Status == AnswerStatus.Partiel && date is null && dateHit is not null)
        {
            state.Report(DiagnosticSeverity.Warning, "CLZ4308", point.Id, dateHit.Container, dateHit.Detail);
        }
        else if (date is not null && status.Status is not AnswerStatus.Partiel && dateHit is not null)
        {
            state.Report(DiagnosticSeverity.Warning, "CLZ4309", point.Id, dateHit.Container, dateHit.Detail, date);
        }
    }
}
