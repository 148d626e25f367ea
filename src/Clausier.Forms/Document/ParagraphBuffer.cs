using System.Text;

namespace Clausier.Forms.Document;

/// <summary>
/// The text of the paragraph being read. Most paragraphs are one run of text: that string is kept as
/// it is, and copied into the builder only when another piece follows.
/// </summary>
internal sealed class ParagraphBuffer(StringBuilder builder)
{
    // Set only while the builder is empty: the paragraph's one piece so far.
    private string? _only;

    public bool IsEmpty => builder.Length == 0 && string.IsNullOrEmpty(_only);

    public void Append(string text)
    {
        if (_only is null && builder.Length == 0)
        {
            _only = text;
            return;
        }

        Spill();
        builder.Append(text);
    }

    public void Append(char c)
    {
        Spill();
        builder.Append(c);
    }

    /// <summary>The text so far; the buffer is empty afterwards.</summary>
    public string Take()
    {
        var text = _only ?? builder.ToString();
        _only = null;
        builder.Clear();
        return text;
    }

    private void Spill()
    {
        if (_only is not null)
        {
            builder.Append(_only);
            _only = null;
        }
    }
}
