using Clausier.Core.Diagnostics;
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
            yield return Item(AttentionKind.PointDeleted, French("attention.point-deleted"), ProblemCodes.PointMissing);
            yield break;
        }

        if (cell.Missing)
        {
            yield return Item(AttentionKind.MissingAnswer, (cell.StatusMissing, answer.Answer is null) switch
            {
                (true, true) when point.AnswerRequired != false => French("attention.nothing-answered"),
                (true, _) => French("attention.no-status"),
                _ => French("attention.no-description"),
            });
        }

        var explanationMissing = codes.Contains(ProblemCodes.ExplanationMissing, StringComparer.Ordinal);
        switch (answer.Status)
        {
            case AnswerStatus.Non:
                yield return Item(AttentionKind.Non, explanationMissing ? French("attention.no-explanation") : null);
                break;
            case AnswerStatus.Partiel:
                var planned = answer.Date is { } date ? MessageCatalogue.Format("attention.planned", date) : MessageCatalogue.Format("attention.no-date");
                yield return Item(AttentionKind.Partiel, explanationMissing ? French("attention.and-no-explanation", planned) : planned.French);
                break;
            case AnswerStatus.NonConcerne when explanationMissing:
                yield return Item(AttentionKind.MissingJustification, French("attention.not-applicable-unexplained"), ProblemCodes.ExplanationMissing);
                break;
        }
    }

    /// <summary>The detail of an attention line, in the French of the workbook.</summary>
    private static string French(string key, params object?[] args) => MessageCatalogue.Format(key, args).French;
}
