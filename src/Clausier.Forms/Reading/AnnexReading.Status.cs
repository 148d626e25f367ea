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
            state.Report(ProblemCodes.StatusInvalid, DiagnosticSeverity.Error, point.Id,
                $"\"{AnswerText.Excerpt(text)}\" is not a status (expected {string.Join(", ", Offered(point, hit).Select(FormContract.StatusText))})",
                hit.Container, hit.Detail,
                $"« {AnswerText.Excerpt(text)} » n'est pas un statut (attendu : {string.Join(", ", Offered(point, hit).Select(FormContract.StatusText))})");
            return new StatusRead(null, true);
        }

        var items = ListItems(hit.Control);
        // Where the control vanished (LibreOffice), its chosen text remains: only a non-canonical spelling was typed.
        var typed = hit.Control is not null
            ? !items.Contains(text, StringComparer.Ordinal)
            : text != FormContract.StatusText(status.Value);
        if (typed)
        {
            state.Report(ProblemCodes.StatusTyped, DiagnosticSeverity.Warning, point.Id,
                $"the status was typed as \"{AnswerText.Excerpt(text)}\" instead of being chosen from the list; read as \"{FormContract.StatusText(status.Value)}\"",
                hit.Container, hit.Detail,
                $"le statut a été saisi au clavier (« {AnswerText.Excerpt(text)} ») au lieu d'être choisi dans la liste ; il a été lu comme « {FormContract.StatusText(status.Value)} »");
        }

        var offered = Offered(point, hit);
        if (!offered.Contains(status.Value))
        {
            state.Report(ProblemCodes.StatusNotOffered, DiagnosticSeverity.Error, point.Id,
                $"the status \"{FormContract.StatusText(status.Value)}\" is not offered for this point (offered: {string.Join(", ", offered.Select(FormContract.StatusText))})",
                hit.Container, hit.Detail,
                $"le statut « {FormContract.StatusText(status.Value)} » n'est pas proposé pour ce point (statuts proposés : {string.Join(", ", offered.Select(FormContract.StatusText))})");
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
                state.Report(ProblemCodes.StatusMissing, DiagnosticSeverity.Error, point.Id,
                    "no status was chosen (Oui / Non…)", statusHit.Container, statusHit.Detail,
                    "réponse manquante : aucun statut n'a été choisi (Oui / Non…)");
            }

            if (type.RequiresDescription() && answer is null && answerHit is not null)
            {
                state.Report(ProblemCodes.DescriptionMissing, DiagnosticSeverity.Error, point.Id,
                    "this point asks for a description and none was given", answerHit.Container, answerHit.Detail,
                    "description manquante : ce point demande une description et aucune n'a été donnée");
                return;
            }
        }
        else if (status.Status is null && !status.Reported && answer is null && (statusHit is not null || answerHit is not null))
        {
            state.Report(ProblemCodes.NothingAnswered, DiagnosticSeverity.Error, point.Id,
                "neither a status nor an answer was given", answerRow, (answerHit ?? statusHit)?.Detail,
                "réponse manquante : ni statut ni réponse");
        }

        var explanationNeeded = RequiresExplanation(status.Status)
            && (status.Status != AnswerStatus.NonConcerne || point.Type is null or AnswerType.YesNoNotApplicable or AnswerType.DescriptionOrNotApplicable);
        if (explanationNeeded && answer is null && answerHit is not null)
        {
            state.Report(ProblemCodes.ExplanationMissing, DiagnosticSeverity.Error, point.Id,
                $"the status is \"{FormContract.StatusText(status.Status!.Value)}\" and no explanation was given", answerHit.Container, answerHit.Detail,
                $"justification manquante : le statut est « {FormContract.StatusText(status.Status!.Value)} » et aucune explication n'a été donnée");
        }

        var dateHit = hits.GetValueOrDefault(FormField.Date);
        if (status.Status == AnswerStatus.Partiel && date is null && dateHit is not null)
        {
            state.Report(ProblemCodes.DateMissing, DiagnosticSeverity.Warning, point.Id,
                "the status is Partiel and no compliance date was given", dateHit.Container, dateHit.Detail,
                "le statut est « Partiel » et aucune date de mise en conformité n'a été donnée");
        }
        else if (date is not null && status.Status is not AnswerStatus.Partiel && dateHit is not null)
        {
            state.Report(ProblemCodes.DateUnexpected, DiagnosticSeverity.Warning, point.Id,
                $"a compliance date ({date:dd/MM/yyyy}) was given but the status is not Partiel", dateHit.Container, dateHit.Detail,
                $"une date de mise en conformité ({date:dd/MM/yyyy}) a été donnée alors que le statut n'est pas « Partiel »");
        }
    }
}
