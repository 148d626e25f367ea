using System.Collections.Concurrent;
using Clausier.Core.Text;

namespace Clausier.Word.Docx;

/// <summary>
/// Clause hashes a writer has computed, by the exact text of the clause's paragraphs. The annexes of a
/// batch repeat the same catalogue clauses: normalising and hashing them again was, with every core busy,
/// half a millisecond of each annex on the thread the annex waits for.
/// </summary>
/// <remarks>
/// The hash is a function of the paragraphs alone (<see cref="ClauseText.Sha256"/>), so a kept hash is
/// the one a fresh computation gives. Thread-safe; bounded, because a long-running server may see any
/// number of tenders: once full, hashes are computed each time as if there were no cache.
/// </remarks>
internal sealed class ClauseHashCache
{
    /// <summary>Characters of clause text kept at most: some thirty annexes of 118 points with distinct texts.</summary>
    private const long CapacityInChars = 4_000_000;

    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private long _chars;

    /// <summary>
    /// Separates the paragraphs of a clause in a key: no two lists of paragraph texts then share a key, since
    /// paragraph text never holds U+0000 (XML cannot carry it; <see cref="WordText.Clean"/> removes it).
    /// </summary>
    public const char ParagraphSeparator = '\0';

    /// <param name="key">The clause's paragraphs, separated by <see cref="ParagraphSeparator"/>.</param>
    public bool TryGet(string key, out string hash) => _hashes.TryGetValue(key, out hash!);

    /// <summary>Computes the hash of the paragraphs in <paramref name="key"/>, and keeps it while there is room.</summary>
    public string Compute(string key)
    {
        var hash = ClauseText.Sha256(key.Split(ParagraphSeparator));
        if (Volatile.Read(ref _chars) < CapacityInChars && _hashes.TryAdd(key, hash))
        {
            Interlocked.Add(ref _chars, key.Length);
        }

        return hash;
    }
}
