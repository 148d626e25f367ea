using System.Globalization;
using System.Text;
using Clausier.Core.Model;

namespace Clausier.Core.Forms;

/// <summary>
/// The public contract between the annex writer, the reader and third-party tools
/// (docs/form-contract.md): tags, labels, dropdown items and placeholder sentences.
/// </summary>
public static class FormContract
{
    public const string TagPrefix = "clausier";

    /// <summary>Tag of the locked block holding a point's clause text.</summary>
    public const string ClauseField = "clause";

    public const string CandidateScope = "candidate";

    /// <summary>Candidate identification fields, in the order they appear in the annex.</summary>
    public static IReadOnlyList<CandidateField> CandidateFields { get; } =
    [
        new("company", "Raison sociale", "Saisissez la raison sociale du candidat.", IsDate: false),
        new("siret", "SIRET ou identifiant équivalent", "Saisissez le numéro SIRET (14 chiffres) ou, hors de France, l'identifiant national de l'entreprise.", IsDate: false),
        new("consortium", "Membres du groupement", "En cas de groupement, saisissez la raison sociale et le SIRET de chaque membre.", IsDate: false, IsOptional: true),
        new("lead", "Mandataire du groupement", "En cas de groupement, saisissez le membre mandataire.", IsDate: false, IsOptional: true),
        new("signatory", "Nom du signataire", "Saisissez le nom et le prénom du signataire.", IsDate: false),
        new("role", "Qualité du signataire", "Saisissez la fonction du signataire.", IsDate: false),
        new("date", "Date", "Sélectionnez la date de signature.", IsDate: true),
    ];

    /// <summary>The field's name in tags and templates: its enum name in lower case, without making one per call.</summary>
    public static string FieldName(FormField field) => field switch
    {
        FormField.Status => "status",
        FormField.Answer => "answer",
        FormField.Evidence => "evidence",
        FormField.Date => "date",
        _ => field.ToString().ToLowerInvariant(),
    };

    public static string PointTag(string pointId, FormField field) => $"{TagPrefix}:{pointId}:{FieldName(field)}";

    public static string ClauseTag(string pointId) => $"{TagPrefix}:{pointId}:{ClauseField}";

    public static string CandidateTag(string field) => $"{TagPrefix}:{CandidateScope}:{field}";

    /// <summary>French row label of a field in the answer table; also the start of the control's alias.</summary>
    public static string Label(FormField field) => field switch
    {
        FormField.Status => "Réponse",
        FormField.Answer => "Description / justification",
        FormField.Evidence => "Justificatifs joints",
        FormField.Date => "Date de mise en conformité",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public static string Placeholder(FormField field) => field switch
    {
        FormField.Status => "Choisissez une réponse.",
        FormField.Answer => "Saisissez votre réponse.",
        FormField.Evidence => "Indiquez le document et la section.",
        FormField.Date => "Sélectionnez une date.",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public static string Alias(string pointId, FormField field) => $"{Label(field)} {pointId}";

    /// <summary>Text shown in the status dropdown for each status.</summary>
    public static string StatusText(AnswerStatus status) => status switch
    {
        AnswerStatus.Oui => "Oui",
        AnswerStatus.Non => "Non",
        AnswerStatus.NonConcerne => "Non concerné",
        AnswerStatus.Partiel => "Partiel",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Code of a status in parsed output (JSON, CSV).</summary>
    public static string StatusCode(AnswerStatus status) => status switch
    {
        AnswerStatus.Oui => "oui",
        AnswerStatus.Non => "non",
        AnswerStatus.NonConcerne => "nc",
        AnswerStatus.Partiel => "partiel",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The dropdown items offered for a point, in order.</summary>
    public static IReadOnlyList<AnswerStatus> StatusesFor(AnswerType type, bool allowPartial)
    {
        var statuses = new List<AnswerStatus> { AnswerStatus.Oui, AnswerStatus.Non };
        if (allowPartial)
        {
            statuses.Add(AnswerStatus.Partiel);
        }

        if (type.AllowsNotApplicable())
        {
            statuses.Add(AnswerStatus.NonConcerne);
        }

        return statuses;
    }

    /// <summary>
    /// Which fields the answer table of a point carries. Every point gets a status so that
    /// "Non concerné" or a refusal can always be stated; the date appears only when Partiel is allowed.
    /// </summary>
    public static IReadOnlyList<FormField> FieldsFor(AnswerType type, bool allowPartial)
    {
        _ = type;
        var fields = new List<FormField> { FormField.Status, FormField.Answer, FormField.Evidence };
        if (allowPartial)
        {
            fields.Add(FormField.Date);
        }

        return fields;
    }

    /// <summary>
    /// Recognises a status typed or chosen in any usual spelling ("oui", " OUI ", "NC",
    /// "Non concerné", "non-concerne"). Returns null for anything else.
    /// </summary>
    public static AnswerStatus? ParseStatus(string text)
    {
        var key = Fold(text);
        return key switch
        {
            "oui" or "yes" => AnswerStatus.Oui,
            "non" or "no" => AnswerStatus.Non,
            "nc" or "nonconcerne" or "na" or "sansobjet" => AnswerStatus.NonConcerne,
            "partiel" or "partielle" or "partiellement" => AnswerStatus.Partiel,
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="text"/> is exactly the sentence shown in an empty field.</summary>
    public static bool IsPlaceholder(string text)
    {
        var trimmed = text.Trim();
        return Enum.GetValues<FormField>().Any(f => Placeholder(f) == trimmed)
            || CandidateFields.Any(f => f.Placeholder == trimmed);
    }

    private static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
