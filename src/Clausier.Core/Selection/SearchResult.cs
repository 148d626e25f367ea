namespace Clausier.Core.Selection;

/// <summary>What a catalogue search found, and close words to try when it found nothing.</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, IReadOnlyList<string> CloseWords);
