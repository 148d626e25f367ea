using System.Buffers;
using System.Text;

namespace Clausier.Word.Wml;

/// <summary>
/// Writes a <see cref="WmlElement"/> tree as a UTF-8 XML part: the declaration, the document element with
/// the <c>w</c> and <c>r</c> prefixes bound, then every element as it is. Names and attribute order are
/// the writer's; only character content and attribute values are escaped, and character content whose
/// whitespace must survive is marked <c>xml:space="preserve"</c>.
/// </summary>
internal sealed class WmlSerializer : IDisposable
{
    private const int BufferSize = 128 * 1024;

    /// <summary>Room kept free so that any name or escaped character fits without a bounds check per byte.</summary>
    private const int Reserve = 16;

    private static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8;

    private static ReadOnlySpan<byte> NamespaceDeclarations =>
        " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""u8;

    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"\n\r\t");
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\r");
    private static readonly SearchValues<char> TabsAndBreaks = SearchValues.Create("\t\n\r");

    private readonly Stream _output;
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _length;
    private bool _disposed;

    private WmlSerializer(Stream output)
    {
        _output = output;
    }

    public static void Write(Stream output, WmlElement root)
    {
        using var serializer = new WmlSerializer(output);
        serializer.WriteRaw(Declaration);
        serializer.WriteElement(root, isRoot: true);
        serializer.Flush();
    }

    /// <summary>
    /// Starts a part whose document element <paramref name="root"/> holds one <paramref name="container"/>
    /// (<c>w:document</c>, <c>w:body</c>), whose children are then written one at a time by
    /// <see cref="WriteChild"/> and ended by <see cref="Close"/>: the same bytes as <see cref="Write"/> of the
    /// whole tree, without holding the whole tree.
    /// </summary>
    public static WmlSerializer Open(Stream output, string root, string container)
    {
        var serializer = new WmlSerializer(output);
        serializer.WriteRaw(Declaration);
        serializer.WriteByte((byte)'<');
        serializer.WriteName(root);
        serializer.WriteRaw(NamespaceDeclarations);
        serializer.WriteByte((byte)'>');
        serializer.WriteByte((byte)'<');
        serializer.WriteName(container);
        serializer.WriteByte((byte)'>');
        return serializer;
    }

    /// <summary>A child of the container <see cref="Open"/> started, complete.</summary>
    public void WriteChild(WmlElement element) => WriteElement(element);

    /// <summary>Ends the container and the document element and writes out what is buffered.</summary>
    public void Close(string root, string container)
    {
        WriteRaw("</"u8);
        WriteName(container);
        WriteByte((byte)'>');
        WriteRaw("</"u8);
        WriteName(root);
        WriteByte((byte)'>');
        Flush();
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            ArrayPool<byte>.Shared.Return(_buffer);
        }
    }

    private void WriteElement(WmlElement element, bool isRoot = false)
    {
        if (element.OmitWhenEmpty && element.AttributeCount == 0 && !element.HasChildren && element.Text is null)
        {
            return;
        }

        WriteStartTag(element, isRoot);
        if (!element.HasChildren && element.Text is null)
        {
            WriteRaw("/>"u8);
            return;
        }

        WriteByte((byte)'>');
        if (element.Text is { } text)
        {
            WriteEscaped(text, attribute: false);
        }

        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            WriteElement(child);
        }

        WriteEndTag(element);
    }

    /// <summary>The start tag up to its closing <c>&gt;</c> or <c>/&gt;</c>, which the caller writes.</summary>
    private void WriteStartTag(WmlElement element, bool isRoot)
    {
        WriteByte((byte)'<');
        WriteName(element.Name);
        if (isRoot)
        {
            WriteRaw(NamespaceDeclarations);
        }

        if (element.Text is { } content && NeedsPreserve(content))
        {
            WriteRaw(" xml:space=\"preserve\""u8);
        }

        for (var i = 0; i < element.AttributeCount; i++)
        {
            WriteByte((byte)' ');
            WriteName(element.AttributeName(i));
            WriteRaw("=\""u8);
            WriteEscaped(element.AttributeValue(i), attribute: true);
            WriteByte((byte)'"');
        }
    }

    private void WriteEndTag(WmlElement element)
    {
        WriteRaw("</"u8);
        WriteName(element.Name);
        WriteByte((byte)'>');
    }

    /// <summary>
    /// Whether character content would lose whitespace to an application that trims it (Word trims
    /// <c>w:t</c> unless told otherwise). Written only where needed: on every run it made a sixth of
    /// <c>document.xml</c>, which is then deflated, checksummed and, for returned annexes, parsed again.
    /// </summary>
    private static bool NeedsPreserve(string text) =>
        text.Length > 0
        && (IsXmlSpace(text[0])
            || IsXmlSpace(text[^1])
            || text.AsSpan().IndexOfAny(TabsAndBreaks) >= 0
            || text.Contains("  ", StringComparison.Ordinal));

    private static bool IsXmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>
    /// Names are the writer's constants, a few ASCII characters each: narrowed one by one, which for names
    /// this short costs less than the vectorised narrowing's set-up (it is called for every tag).
    /// </summary>
    private void WriteName(string name)
    {
        Ensure(name.Length);
        var destination = _buffer.AsSpan(_length, name.Length);
        for (var i = 0; i < destination.Length; i++)
        {
            var c = name[i];
            if (c > '\u007F')
            {
                WriteUtf8(name);
                return;
            }

            destination[i] = (byte)c;
        }

        _length += destination.Length;
    }

    private void WriteEscaped(string value, bool attribute)
    {
        var span = value.AsSpan();
        while (!span.IsEmpty)
        {
            var next = span.IndexOfAny(attribute ? AttributeSpecials : TextSpecials);
            if (next < 0)
            {
                WriteUtf8(span);
                return;
            }

            WriteUtf8(span[..next]);
            WriteRaw(Entity(span[next]));
            span = span[(next + 1)..];
        }
    }

    private static ReadOnlySpan<byte> Entity(char c) => c switch
    {
        '&' => "&amp;"u8,
        '<' => "&lt;"u8,
        '>' => "&gt;"u8,
        '"' => "&quot;"u8,
        '\n' => "&#xA;"u8,
        '\r' => "&#xD;"u8,
        _ => "&#x9;"u8,
    };

    private void WriteUtf8(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            Ensure(Math.Min(text.Length, 1024) * 3);
            var chunk = text.Length > 1024 && char.IsHighSurrogate(text[1023]) ? 1023 : Math.Min(text.Length, 1024);
            _length += Encoding.UTF8.GetBytes(text[..chunk], _buffer.AsSpan(_length));
            text = text[chunk..];
        }
    }

    private void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    private void Ensure(int count)
    {
        if (_length + count + Reserve > _buffer.Length)
        {
            Flush();
        }
    }

    private void Flush()
    {
        _output.Write(_buffer, 0, _length);
        _length = 0;
    }
}
