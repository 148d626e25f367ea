using System.Buffers;
using System.Collections.Concurrent;

namespace Clausier.Core.Text;

/// <summary>
/// Clause hashes already computed, by the exact text of the clause's paragraphs. The annexes of a batch
/// repeat the same catalogue clauses, and so do the annexes candidates return for one tender, which
/// would otherwise be normalised and hashed again for every annex written or read.
/// </summary>
/// <remarks>
/// The hash is a function of the paragraphs alone (<see cref="ClauseText.Sha256"/>), so a kept hash is
/// the one a fresh computation gives. Thread-safe; one writer or reader keeps one for all its annexes.
/// Bounded, because a long-running server may see any number of tenders and returned files: once full,
/// hashes are computed each time as if there were no cache.
/// </remarks>
public sealed class ClauseHashCache
{
    /// <summary>
    /// Separates the paragraphs of a clause in a key: no two lists of paragraph texts then share a key,
    /// since paragraph text never holds U+0000 (XML 1.0 cannot carry it: writers remove it, parsers refuse it).
    /// </summary>
    public const char ParagraphSeparator = '\0';

    /// <summary>Characters of clause text kept at most: some thirty annexes of 118 points with distinct texts.</summary>
    private const long CapacityInChars = 4_000_000;

    /// <summary>Longer clauses are not kept: a catalogue clause is a few thousand characters, a returned file may hold anything.</summary>
    private const int MaxKeyLength = 64 * 1024;

    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byText;
    private long _chars;

    public ClauseHashCache()
    {
        _byText = _hashes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The hash of <paramref name="paragraphs"/>, as <see cref="ClauseText.Sha256"/> gives it.</summary>
    public string Sha256(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);

        // The key is joined into a pooled buffer and looked up as a span: a reader finds nearly every
        // clause kept, and a joined string would copy the text of every clause of every file read only to be dropped.
        var length = Math.Max(paragraphs.Count - 1, 0);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            length += paragraphs[i].Length;
        }

        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var written = 0;
            for (var i = 0; i < paragraphs.Count; i++)
            {
                if (i > 0)
                {
                    buffer[written++] = ParagraphSeparator;
                }

                paragraphs[i].CopyTo(buffer.AsSpan(written));
                written += paragraphs[i].Length;
            }

            var key = buffer.AsSpan(0, written);
            return _byText.TryGetValue(key, out var hash) ? hash : Compute(key.ToString());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <param name="key">The clause's paragraphs, separated by <see cref="ParagraphSeparator"/>.</param>
    public bool TryGet(string key, out string hash) => _hashes.TryGetValue(key, out hash!);

    /// <summary>Computes the hash of the paragraphs in <paramref name="key"/>, and keeps it while there is room.</summary>
    public string Compute(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = ClauseText.Sha256(key.Split(ParagraphSeparator));
        if (key.Length <= MaxKeyLength && Volatile.Read(ref _chars) < CapacityInChars && _hashes.TryAdd(key, hash))
        {
            Interlocked.Add(ref _chars, key.Length);
        }

        return hash;
    }
}
