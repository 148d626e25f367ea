using System.Collections.Frozen;
using Clausier.Core.Forms;

namespace Clausier.Forms.Document;

/// <summary>
/// The placeholder sentences of the form contract, listed once: <see cref="FormContract.IsPlaceholder"/>
/// lists them again for each paragraph it is asked about, and every paragraph of every answer is.
/// </summary>
internal static class Placeholders
{
    private static readonly FrozenSet<string> Sentences =
        Enum.GetValues<FormField>().Select(FormContract.Placeholder)
            .Concat(FormContract.CandidateFields.Select(f => f.Placeholder))
            .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Sentences.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Same answer as <see cref="FormContract.IsPlaceholder"/>.</summary>
    public static bool IsPlaceholder(string text) => BySpan.Contains(text.AsSpan().Trim());
}
