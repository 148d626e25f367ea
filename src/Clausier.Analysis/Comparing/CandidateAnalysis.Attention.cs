using System.Globalization;
using Clausier.Core.Forms;
using Clausier.Forms;

namespace Clausier.Analysis;

internal static partial class CandidateAnalysis
{
    private static List<AttentionItem> Attention(ParsedAnnex annex, List<CandidateAnswer> cells, IReadOnlyList<AttentionItem> mismatches)
    {
        var items = new List<AttentionItem>(mismatches);
        items.AddRange(annex.Problems
            .Where(p => p.PointId is null && IntegrityCodes.Is(p.Code))
            .Select(p => new AttentionItem(null, null, IntegrityCodes.KindOf(p.Code), null, p.FrenchMessage, p.Code)));

        var byPoint = annex.Problems.Where(p => p.PointId is not null && IntegrityCodes.Is(p.Code)).ToLookup(p => p.PointId!, StringComparer.Ordinal);
        var codes = annex.Problems.Where(p => p.PointId is not null).ToLookup(p => p.PointId!, p => p.Code, StringComparer.Ordinal);
        foreach (var cell in cells.Where(c => c.Answer is not null))
        {
            items.AddRange(PointItems(cell, codes[cell.Point.Id]));
            items.AddRange(byPoint[cell.Point.Id].Select(p =>
                new AttentionItem(cell.Point.Id, cell.Point.Title, IntegrityCodes.KindOf(p.Code), cell.Answer!.Answer, p.FrenchMessage, p.Code)));
        }

        return items;
    }

    private static IEnumerable<AttentionItem> PointItems(CandidateAnswer cell, IEnumerable<string> codes)
    {
        var answer = cell.Answer!;
        var point = cell.Point;
        AttentionItem Item(AttentionKind kind, string? detail, string? code = null) =>
            new(point.Id, point.Title, kind, answer.Answer, detail, code);

        if (IsDeleted(answer))
        {
            yield return Item(AttentionKind.PointDeleted, "ni le tableau de réponse ni les champs du point n'ont été trouvés", ProblemCodes.PointMissing);
            yield break;
        }

        if (cell.Missing)
        {
            yield return Item(AttentionKind.MissingAnswer, (cell.StatusMissing, answer.Answer is null) switch
            {
                (true, true) when point.AnswerRequired != false => "ni statut ni réponse",
                (true, _) => "aucun statut choisi",
                _ => "description demandée non fournie",
            });
        }

        var explanationMissing = codes.Contains(ProblemCodes.ExplanationMissing, StringComparer.Ordinal);
        switch (answer.Status)
        {
            case AnswerStatus.Non:
                yield return Item(AttentionKind.Non, explanationMissing ? "aucune justification" : null);
                break;
            case AnswerStatus.Partiel:
                var planned = answer.Date is { } date
                    ? $"mise en conformité prévue le {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"
                    : "sans date de mise en conformité";
                yield return Item(AttentionKind.Partiel, explanationMissing ? $"{planned} ; aucune justification" : planned);
                break;
            case AnswerStatus.NonConcerne when explanationMissing:
                yield return Item(AttentionKind.MissingJustification, "« Non concerné » sans justification", ProblemCodes.ExplanationMissing);
                break;
        }
    }
}
