using System.Text;

namespace Clausier.Core.Text;

/// <summary>
/// Unicode NFC that skips the call into ICU for text that is already composed by construction, which
/// is nearly all French text: reading one annex normalises thousands of paragraphs, and the ICU call
/// costs more than the rest of the cleaning.
/// </summary>
public static class Nfc
{
    /// <summary>The text in NFC; the same instance when it is already.</summary>
    public static string Normalize(string text) =>
        IsComposedByConstruction(text) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// True when every character is below U+0300 (Latin, IPA, spacing modifiers) or in U+2002–U+20CF
    /// (general punctuation, super- and subscripts, currency signs): none of them decomposes canonically,
    /// combines with a neighbour or has a non-zero combining class, so such text is NFC as it stands.
    /// </summary>
    /// <remarks>Two vectorised range searches: this runs over every paragraph of every annex read or written.</remarks>
    public static bool IsComposedByConstruction(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\u0300', '\u2001') < 0 && text.IndexOfAnyInRange('\u20D0', '\uFFFF') < 0;
}
