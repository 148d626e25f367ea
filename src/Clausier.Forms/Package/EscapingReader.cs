using System.Globalization;
using System.Xml;

namespace Clausier.Forms.Package;

/// <summary>
/// The text of a part with each raw character XML forbids (a control character, U+FFFE) written as a
/// character reference, as it is read: a part of a hundred megabytes is never held as a whole string,
/// nor escaped into a second one.
/// </summary>
/// <remarks>
/// Surrogates pass as they are: decoded from UTF-8 they always come in pairs (a lone one becomes
/// U+FFFD), and a pair is two characters XML allows together.
/// </remarks>
internal sealed class EscapingReader(TextReader inner) : TextReader
{
    private readonly char[] _input = new char[4096];
    private int _inputLength;
    private int _inputPosition;
    private string _escape = "";
    private int _escapePosition;

    /// <summary>Whether the text holds a character XML forbids, read through once without keeping it.</summary>
    public static bool AnyToEscape(TextReader text)
    {
        var buffer = new char[4096];
        int read;
        while ((read = text.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (buffer.AsSpan(0, read).ContainsAnyExcept(XmlSearch))
            {
                foreach (var c in buffer.AsSpan(0, read))
                {
                    if (ToEscape(c))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        var written = 0;
        while (written < count)
        {
            if (_escapePosition < _escape.Length)
            {
                buffer[index + written++] = _escape[_escapePosition++];
                continue;
            }

            if (_inputPosition == _inputLength)
            {
                _inputLength = inner.Read(_input, 0, _input.Length);
                _inputPosition = 0;
                if (_inputLength == 0)
                {
                    break;
                }
            }

            var c = _input[_inputPosition++];
            if (ToEscape(c))
            {
                _escape = "&#x" + ((int)c).ToString("X", CultureInfo.InvariantCulture) + ";";
                _escapePosition = 0;
            }
            else
            {
                buffer[index + written++] = c;
            }
        }

        return written;
    }

    public override int Peek()
    {
        if (_escapePosition < _escape.Length)
        {
            return _escape[_escapePosition];
        }

        if (_inputPosition == _inputLength)
        {
            _inputLength = inner.Read(_input, 0, _input.Length);
            _inputPosition = 0;
            if (_inputLength == 0)
            {
                return -1;
            }
        }

        return ToEscape(_input[_inputPosition]) ? '&' : _input[_inputPosition];
    }

    public override int Read()
    {
        var one = new char[1];
        return Read(one, 0, 1) == 1 ? one[0] : -1;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Printable ASCII and the whitespace XML allows: what almost every character of a part is.</summary>
    private static readonly System.Buffers.SearchValues<char> XmlSearch =
        System.Buffers.SearchValues.Create("\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private static bool ToEscape(char c) => !char.IsSurrogate(c) && !XmlConvert.IsXmlChar(c);
}
