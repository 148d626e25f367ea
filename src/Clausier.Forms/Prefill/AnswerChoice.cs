using Clausier.Forms.Library;

namespace Clausier.Forms.Prefill;

/// <summary>The previous answer chosen for a point, and what the other answers to it say.</summary>
/// <param name="SameClause">True when the chosen answer was given to the same clause text (same hash).</param>
/// <param name="Conflicting">Other entries whose answer to the same clause says something else.</param>
internal sealed record AnswerChoice(LibraryEntry Entry, LibraryAnswer Answer, bool SameClause, IReadOnlyList<LibraryEntry> Conflicting)
{
    /// <summary>
    /// Picks the answer for a point: the newest answer given to the same clause; else the newest answer
    /// to the same point under another wording (to review). Null when the library never answered the point.
    /// </summary>
    /// <param name="newestFirst">The product's entries, newest first (<see cref="AnswerLibrary.For"/>).</param>
    public static AnswerChoice? For(string pointId, string? clauseSha256, IReadOnlyList<LibraryEntry> newestFirst)
    {
        var answers = newestFirst
            .Select(e => (Entry: e, Answer: e.Find(pointId)))
            .Where(x => x.Answer is { IsEmpty: false })
            .Select(x => (x.Entry, Answer: x.Answer!))
            .ToList();
        if (answers.Count == 0)
        {
            return null;
        }

        var same = clauseSha256 is null
            ? []
            : answers.Where(x => string.Equals(x.Answer.ClauseSha256, clauseSha256, StringComparison.OrdinalIgnoreCase)).ToList();
        var pool = same.Count > 0 ? same : answers.Where(x => x.Answer.ClauseSha256 is not null
            && string.Equals(x.Answer.ClauseSha256, answers[0].Answer.ClauseSha256, StringComparison.OrdinalIgnoreCase)).ToList();
        if (pool.Count == 0)
        {
            pool = [answers[0]];
        }

        var (entry, answer) = pool[0];
        var conflicting = pool.Skip(1).Where(x => !x.Answer.SameContent(answer)).Select(x => x.Entry).ToList();
        return new AnswerChoice(entry, answer, same.Count > 0, conflicting);
    }
}
