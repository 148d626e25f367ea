using Clausier.Core.Forms;

namespace Clausier.Analysis.Output;

/// <summary>French labels (workbook, Markdown) and codes (JSON) of what the comparison outputs print.</summary>
public static class ComparisonLabels
{
    public static string French(AttentionKind kind) => kind switch
    {
        AttentionKind.Non => "Non",
        AttentionKind.Partiel => "Partiel",
        AttentionKind.MissingAnswer => "Sans réponse",
        AttentionKind.MissingJustification => "Justification manquante",
        AttentionKind.ClauseAltered => "Clause modifiée",
        AttentionKind.ClauseNotFound => "Clause introuvable",
        AttentionKind.PointDeleted => "Point supprimé",
        AttentionKind.PointAdded => "Point ajouté",
        AttentionKind.RevisionsPending => "Révisions non acceptées",
        AttentionKind.OtherTender => "Autre consultation",
        AttentionKind.OtherCatalogue => "Autre version du catalogue",
        AttentionKind.IdentityProblem => "Identité de l'annexe douteuse",
        _ => kind.ToString(),
    };

    public static string Code(AttentionKind kind) => kind switch
    {
        AttentionKind.Non => "non",
        AttentionKind.Partiel => "partiel",
        AttentionKind.MissingAnswer => "missingAnswer",
        AttentionKind.MissingJustification => "missingJustification",
        AttentionKind.ClauseAltered => "clauseAltered",
        AttentionKind.ClauseNotFound => "clauseNotFound",
        AttentionKind.PointDeleted => "pointDeleted",
        AttentionKind.PointAdded => "pointAdded",
        AttentionKind.RevisionsPending => "revisionsPending",
        AttentionKind.OtherTender => "otherTender",
        AttentionKind.OtherCatalogue => "otherCatalogue",
        AttentionKind.IdentityProblem => "identityProblem",
        _ => kind.ToString(),
    };

    /// <summary>What the status cell of the matrix shows.</summary>
    public static string French(PointOutcome outcome) => outcome switch
    {
        PointOutcome.Oui => FormContract.StatusText(AnswerStatus.Oui),
        PointOutcome.Non => FormContract.StatusText(AnswerStatus.Non),
        PointOutcome.NonConcerne => FormContract.StatusText(AnswerStatus.NonConcerne),
        PointOutcome.Partiel => FormContract.StatusText(AnswerStatus.Partiel),
        PointOutcome.Missing => "Sans réponse",
        PointOutcome.NotAsked => "Non demandé",
        _ => "",
    };

    public static string Code(PointOutcome outcome) => outcome switch
    {
        PointOutcome.Oui => "oui",
        PointOutcome.Non => "non",
        PointOutcome.NonConcerne => "nc",
        PointOutcome.Partiel => "partiel",
        PointOutcome.Missing => "missing",
        PointOutcome.Answered => "answered",
        PointOutcome.Empty => "empty",
        _ => "notAsked",
    };

    /// <summary>One line naming the consultation, e.g. « Consultation INFO 26-014, lot unique — catalogue … version 2024.1.0 ».</summary>
    public static string Tender(ComparedTender tender)
    {
        var parts = new List<string>();
        if (tender.Reference is not null)
        {
            parts.Add($"Consultation {tender.Reference}" + (tender.Lot is null ? "" : $", lot {tender.Lot}") + (tender.LotTitle is null ? "" : $" ({tender.LotTitle})"));
        }

        if (tender.Buyer is not null)
        {
            parts.Add(tender.Buyer);
        }

        if ((tender.CatalogueName ?? tender.CatalogueId) is { } catalogue)
        {
            parts.Add($"catalogue {catalogue}" + (tender.CatalogueVersion is null ? "" : $" version {tender.CatalogueVersion}"));
        }

        return parts.Count == 0 ? "Consultation inconnue (aucune annexe ne porte de manifeste)" : string.Join(" — ", parts);
    }

    public const string ForcedNotice =
        "Comparaison forcée : les candidats ne répondent pas tous à la même consultation ou à la même version du catalogue (voir « Points d’attention »).";

    public const string WholeAnnex = "Annexe";
}
