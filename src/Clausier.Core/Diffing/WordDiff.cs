using DiffPlex;

namespace Clausier.Core.Diffing;

/// <summary>Word-level differences between two texts, computed by DiffPlex on space-separated words.</summary>
internal static class WordDiff
{
    private static readonly SpaceSeparatedWords Chunker = new();

    /// <summary>Compares the normalised keys; runs show the words as written, which match the keys index for index.</summary>
    /// <returns>The runs from old to new, and the share of words kept (2 × kept / total).</returns>
    public static (IReadOnlyList<WordRun> Runs, double Similarity) Compare(
        (string[] Display, string[] Keys) oldWords, (string[] Display, string[] Keys) newWords)
    {
        var result = Differ.Instance.CreateDiffs(string.Join(' ', oldWords.Keys), string.Join(' ', newWords.Keys), false, false, Chunker);
        var runs = new List<WordRun>();
        var kept = 0;
        var position = 0;
        foreach (var block in result.DiffBlocks)
        {
            kept += Add(runs, WordRunKind.Equal, oldWords.Display, position, block.DeleteStartA - position);
            Add(runs, WordRunKind.Deleted, oldWords.Display, block.DeleteStartA, block.DeleteCountA);
            Add(runs, WordRunKind.Inserted, newWords.Display, block.InsertStartB, block.InsertCountB);
            position = block.DeleteStartA + block.DeleteCountA;
        }

        kept += Add(runs, WordRunKind.Equal, oldWords.Display, position, oldWords.Display.Length - position);
        var total = oldWords.Keys.Length + newWords.Keys.Length;
        return (runs, total == 0 ? 1 : 2.0 * kept / total);
    }

    private static int Add(List<WordRun> runs, WordRunKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return 0;
        }

        var text = string.Join(' ', pieces.Skip(start).Take(count));
        if (runs.Count > 0 && runs[^1].Kind == kind)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + " " + text };
        }
        else
        {
            runs.Add(new WordRun(kind, text));
        }

        return count;
    }

    /// <summary>Words only: DiffPlex's own chunkers keep the separators as pieces, which would match across unrelated words.</summary>
    private sealed class SpaceSeparatedWords : IChunker
    {
        public IReadOnlyList<string> Chunk(string str) => str.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
