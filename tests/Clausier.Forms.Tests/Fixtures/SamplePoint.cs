using Clausier.Core.Model;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>A control point of a test annex: id, title, answer type and clause paragraphs.</summary>
public sealed record SamplePoint(string Id, string Title, AnswerType Type, IReadOnlyList<string> Clause)
{
    /// <summary>One point of every answer type.</summary>
    public static IReadOnlyList<SamplePoint> EveryType { get; } =
    [
        new("O-1.1", "Correspondant sécurité", AnswerType.YesNo,
            ["Le titulaire désigne un correspondant sécurité joignable pendant toute la durée du marché."]),
        new("O-2.1", "Sous-traitance ultérieure", AnswerType.YesNoNotApplicable,
            ["Le titulaire informe l'établissement de tout recours à un sous-traitant ultérieur.", "L'établissement dispose de 21 jours pour s'y opposer."]),
        new("O-3.1", "Architecture de la solution", AnswerType.Description,
            ["Le candidat décrit l'architecture technique de la solution, ses flux et ses dépendances."]),
        new("O-3.2", "Hébergement des données de santé", AnswerType.DescriptionOrNotApplicable,
            ["Le candidat précise l'hébergeur certifié HDS et le périmètre de la certification."]),
        new("O-7.2", "Correctifs de sécurité selon la gravité", AnswerType.YesNo,
            ["Le titulaire applique les correctifs de score CVSS supérieur à 8,9 sous un mois.", "Les correctifs de score 7,0 à 8,9 sont appliqués sous trois mois."]),
        new("O-12.2.1.1", "Engagement de conformité", AnswerType.None,
            ["Le titulaire s'engage à respecter les exigences du présent clausier."]),
    ];
}
