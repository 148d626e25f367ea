using System.Xml.Linq;
using Clausier.Core.Forms;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>What a candidate enters for one point.</summary>
/// <param name="AnswerAsParagraphs">Type the answer's lines with Enter (paragraphs) instead of Shift+Enter (line breaks).</param>
public sealed record PointFill(AnswerStatus? Status = null, string? Answer = null, string? Evidence = null, DateOnly? Date = null, bool AnswerAsParagraphs = false);

public sealed record CandidateFill(string Company, string Siret, string Signatory, string Role, DateOnly Date)
{
    public static CandidateFill Sample { get; } = new("Société Exemple SAS", "73282932000074", "Jeanne Martin", "Directrice générale", new DateOnly(2026, 3, 2));
}

/// <summary>Complete, valid answers for <see cref="SamplePoint.EveryType"/>, and a way to enter them into an annex.</summary>
public static class Filling
{
    public static IReadOnlyDictionary<string, PointFill> Complete { get; } = new Dictionary<string, PointFill>
    {
        ["O-1.1"] = new(AnswerStatus.Oui, "Mme Martin, RSSI, joignable au 01 23 45 67 89.", "PAS, section 2"),
        ["O-2.1"] = new(AnswerStatus.NonConcerne, "Aucun sous-traitant ultérieur.\nToutes les données restent chez le titulaire.", null),
        ["O-3.1"] = new(null, "Architecture trois tiers.\nFrontal web, API, base PostgreSQL.\nFlux chiffrés en TLS 1.3.", "Dossier d'architecture v3, §4", AnswerAsParagraphs: true),
        ["O-3.2"] = new(AnswerStatus.Partiel, "Certification HDS en cours ; audit prévu au premier semestre.", "Attestation de l'organisme certificateur", new DateOnly(2026, 6, 30)),
        ["O-7.2"] = new(AnswerStatus.Non, "Délai de 3 mois pour les CVSS > 8,9 : contrainte de l'éditeur \"amont\".", "Politique de correctifs, annexe B"),
        ["O-12.2.1.1"] = new(AnswerStatus.Oui),
    };

    public static void Apply(XDocument document, IReadOnlyDictionary<string, PointFill> answers, CandidateFill? candidate = null)
    {
        foreach (var (id, fill) in answers)
        {
            if (fill.Status is { } status)
            {
                WordFill.Choose(document, FormContract.PointTag(id, FormField.Status), FormContract.StatusText(status));
            }

            if (fill.Answer is { } answer)
            {
                var tag = FormContract.PointTag(id, FormField.Answer);
                if (fill.AnswerAsParagraphs)
                {
                    WordFill.Paragraphs(document, tag, answer);
                }
                else
                {
                    WordFill.Text(document, tag, answer);
                }
            }

            if (fill.Evidence is { } evidence)
            {
                WordFill.Text(document, FormContract.PointTag(id, FormField.Evidence), evidence);
            }

            if (fill.Date is { } date)
            {
                WordFill.Date(document, FormContract.PointTag(id, FormField.Date), date);
            }
        }

        candidate ??= CandidateFill.Sample;
        WordFill.Text(document, FormContract.CandidateTag("company"), candidate.Company);
        WordFill.Text(document, FormContract.CandidateTag("siret"), candidate.Siret);
        WordFill.Text(document, FormContract.CandidateTag("signatory"), candidate.Signatory);
        WordFill.Text(document, FormContract.CandidateTag("role"), candidate.Role);
        WordFill.Date(document, FormContract.CandidateTag("date"), candidate.Date);
    }

    /// <summary>A filled annex of every answer type, as Word saves it.</summary>
    public static DocxPackage FilledAnnex(IReadOnlyDictionary<string, PointFill>? answers = null)
    {
        var package = DocxPackage.Load(AnnexBuilder.Build());
        Apply(package.Document, answers ?? Complete);
        return package;
    }
}
