using System.Buffers;
using System.Text;
using System.Text.Unicode;
using System.Xml.Linq;
using Clausier.Forms.Document;

namespace Clausier.Forms.Package;

/// <summary>
/// Builds the tree of a part straight from its UTF-8 bytes, as <see cref="PartTreeBuilder"/> would (for
/// the main document, only what <see cref="BuiltSubset"/> says is read), for the plain XML that Word,
/// LibreOffice and the writer produce. It decides nothing about a hostile file: on anything outside
/// that plain subset (a DTD, comment, CDATA section or processing instruction, another encoding, a
/// carriage return or control character, a default namespace declared below the root or a prefix bound
/// to two namespaces, markup <c>XmlReader</c> would refuse, a limit reached, a text node that may need
/// cutting, names by the thousand) it gives up, and <see cref="XmlPartLoader"/> reads
/// the part again from its first byte with <c>XmlReader</c>, which refuses, reports or cuts it. What it
/// accepts, it builds exactly as that path would (a test compares the two on real, hand-made and fuzzed
/// parts).
/// </summary>
/// <remarks>
/// Why it exists: loading a returned annex's <c>document.xml</c> is the bulk of a read, and much of it
/// is formatting nobody reads; <c>XmlReader</c> still atomises every name, resolves every namespace
/// and decodes every attribute. Here a name is looked up by its bytes, and what is not kept is only
/// checked, not decoded.
/// </remarks>
internal sealed class PlainXmlScanner
{
    private const string XmlUri = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsUri = "http://www.w3.org/2000/xmlns/";

    // Beyond these, XmlReader does the work. Word's root declares a few dozen namespaces, other
    // elements carry a handful of attributes; the duplicate-attribute check below is quadratic.
    private const int MaxNameBytes = 128;
    private const int MaxAttributes = 64;

    /// <summary>Bytes never met in plain XML from Word: control characters and the carriage return (line ends are normalised).</summary>
    private static readonly SearchValues<byte> Unplain = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
         0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    private static readonly SearchValues<byte> AttributeSpecials = SearchValues.Create("&\t\n"u8);

    private static readonly XName TransitionalSdtPr = XName.Get("sdtPr", Wml.TransitionalUri);
    private static readonly XName StrictSdtPr = XName.Get("sdtPr", Wml.StrictUri);

    private readonly byte[] _data;
    private readonly int _end;
    private readonly ReaderLimits _limits;
    private readonly bool _isMainDocument;
    private readonly int _maxNodeChars;
    private int _pos;

    // Prefixes declared on the root hold for the whole part. A prefix declared below it (the writer's
    // custom properties, Word's drawings) holds inside the declaring elements only, so a name in it
    // is checked on every use; one prefix for two namespaces in one part is left to XmlReader.
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal) { ["xml"] = XmlUri };
    private readonly Dictionary<string, Binding> _innerPrefixes = new(StringComparer.Ordinal);
    private readonly List<(int Depth, Binding Binding)> _scopes = [];
    private string _defaultNamespace = "";
    private readonly ByteNames<NameInfo> _elementNames = new();
    private readonly ByteNames<NameInfo> _attributeNames = new();

    // The start and length of each open element's name, to match its end tag.
    private int[] _openStart = new int[64];
    private int[] _openLength = new int[64];
    private int _depth;

    private readonly Attribute[] _attributes = new Attribute[MaxAttributes];
    private int _attributeCount;
    private bool _declares;

    private readonly XDocument _document = new();
    private XElement? _current;
    private int _skipping = -1;
    private XName? _skippedName;
    private XElement? _skipped;
    private int _readText = -1;

    private int _elements;
    private int _paragraphs;
    private long _textKept;

    private PlainXmlScanner(ArraySegment<byte> data, ReaderLimits limits, bool isMainDocument)
    {
        _isMainDocument = isMainDocument;
        _data = data.Array!;
        _pos = data.Offset;
        _end = data.Offset + data.Count;
        _limits = limits;
        _maxNodeChars = PartTreeBuilder.MaxNodeChars(limits);
    }

    /// <summary>The part's tree, or null when <c>XmlReader</c> must read it.</summary>
    public static XDocument? TryLoad(ArraySegment<byte> data, ReaderLimits limits, bool isMainDocument)
    {
        var bytes = data.AsSpan();
        // Whitespace around the root is a text node XmlReader's path counts against the text limit:
        // only a negative limit could be reached by it, and such a limit is left to that path.
        if (bytes.Length > limits.MaxPartBytes
            || limits.MaxPartTextChars < 0
            || bytes.ContainsAny(Unplain)
            || bytes.IndexOf("<!"u8) >= 0
            || bytes.IndexOf("]]>"u8) >= 0
            || bytes.IndexOf("\uFFFE"u8) >= 0
            || bytes.IndexOf("\uFFFF"u8) >= 0
            || !Utf8.IsValid(bytes))
        {
            return null;
        }

        try
        {
            return new PlainXmlScanner(data, limits, isMainDocument).Scan();
        }
        catch (GiveUp)
        {
            return null;
        }
    }

    private XDocument Scan()
    {
        Prolog();
        StartTag();
        while (_depth > 0)
        {
            if (At(_pos) != (byte)'<')
            {
                var text = _data.AsSpan(_pos, _end - _pos).IndexOf((byte)'<');
                if (text < 0)
                {
                    throw new GiveUp();
                }

                Text(_pos, text);
                _pos += text;
            }

            var next = At(_pos + 1);
            if (next == (byte)'/')
            {
                _pos += 2;
                EndTag();
            }
            else if (next is (byte)'?' or (byte)'!')
            {
                throw new GiveUp();
            }
            else
            {
                _pos++;
                StartTag();
            }
        }

        SkipSpaces();
        if (_pos != _end)
        {
            throw new GiveUp();
        }

        return _document;
    }

    /// <summary>An optional byte order mark and XML declaration (version 1.0, UTF-8), then spaces up to the root's <c>&lt;</c>.</summary>
    private void Prolog()
    {
        if (_data.AsSpan(_pos, _end - _pos).StartsWith("\uFEFF"u8))
        {
            _pos += 3;
        }

        if (_data.AsSpan(_pos, _end - _pos).StartsWith("<?xml"u8) && IsSpace(At(_pos + 5)))
        {
            var close = _data.AsSpan(_pos, Math.Min(_end - _pos, 256)).IndexOf("?>"u8);
            if (close < 0 || !IsPlainDeclaration(Encoding.ASCII.GetString(_data, _pos + 5, close - 5)))
            {
                throw new GiveUp();
            }

            _pos += close + 2;
        }

        SkipSpaces();
        if (At(_pos) != (byte)'<')
        {
            throw new GiveUp();
        }

        _pos++;
    }

    private static bool IsPlainDeclaration(string declaration)
    {
        var parts = declaration.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 3 || !IsPseudoAttribute(parts[0], "version", "1.0"))
        {
            return false;
        }

        var next = 1;
        if (next < parts.Length && parts[next].StartsWith("encoding=", StringComparison.Ordinal))
        {
            if (!IsPseudoAttribute(parts[next], "encoding", "utf-8"))
            {
                return false;
            }

            next++;
        }

        if (next < parts.Length && (IsPseudoAttribute(parts[next], "standalone", "yes") || IsPseudoAttribute(parts[next], "standalone", "no")))
        {
            next++;
        }

        return next == parts.Length;
    }

    /// <summary>Whether a part of the declaration is <c>name="value"</c> or <c>name='value'</c>; only the encoding's value is case-insensitive.</summary>
    private static bool IsPseudoAttribute(string part, string name, string value) =>
        part.Length == name.Length + value.Length + 3
        && part.StartsWith(name + "=", StringComparison.Ordinal)
        && part[name.Length + 1] is '"' or '\''
        && part[^1] == part[name.Length + 1]
        && part.AsSpan(name.Length + 2, value.Length).Equals(value, name == "encoding" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>A start tag, from the byte after its <c>&lt;</c>.</summary>
    private void StartTag()
    {
        var nameStart = _pos;
        _pos = NameEnd(_pos, out var hash);
        var nameLength = _pos - nameStart;
        _attributeCount = 0;
        _declares = false;
        bool empty;
        while (true)
        {
            var b = At(_pos);
            if (b == (byte)'>')
            {
                _pos++;
                empty = false;
                break;
            }

            if (b == (byte)'/')
            {
                if (At(_pos + 1) != (byte)'>')
                {
                    throw new GiveUp();
                }

                _pos += 2;
                empty = true;
                break;
            }

            if (!IsSpace(b))
            {
                throw new GiveUp();
            }

            SkipSpaces();
            if (At(_pos) is not (byte)'>' and not (byte)'/')
            {
                ReadAttribute();
            }
        }

        if (_declares)
        {
            DeclareNamespaces(isRoot: _elements == 0);
        }

        var info = Find(_elementNames, nameStart, nameLength, hash, attribute: false);
        ResolveAttributes();
        Element(info, empty);
        if (empty)
        {
            EndScopes();
        }
        else
        {
            Push(nameStart, nameLength);
        }
    }

    private void ReadAttribute()
    {
        if (_attributeCount == MaxAttributes)
        {
            throw new GiveUp();
        }

        var nameStart = _pos;
        _pos = NameEnd(_pos, out var hash);
        var nameLength = _pos - nameStart;
        SkipSpaces();
        if (At(_pos) != (byte)'=')
        {
            throw new GiveUp();
        }

        _pos++;
        SkipSpaces();
        var quote = At(_pos);
        if (quote is not (byte)'"' and not (byte)'\'')
        {
            throw new GiveUp();
        }

        _pos++;
        var length = _data.AsSpan(_pos, _end - _pos).IndexOf(quote);
        if (length < 0)
        {
            throw new GiveUp();
        }

        var value = _data.AsSpan(_pos, length);
        if (value.Contains((byte)'<'))
        {
            throw new GiveUp();
        }

        if (value.Contains((byte)'&'))
        {
            CheckReferences(_pos, length);
        }

        _declares |= _data.AsSpan(nameStart, nameLength).StartsWith("xmlns"u8);
        _attributes[_attributeCount++] = new Attribute(nameStart, nameLength, hash, _pos, length, null);
        _pos += length + 1;
    }

    /// <summary>The namespace declarations of the element being read; a default namespace below the root is left to XmlReader.</summary>
    private void DeclareNamespaces(bool isRoot)
    {
        for (var i = 0; i < _attributeCount; i++)
        {
            var a = _attributes[i];
            var name = _data.AsSpan(a.NameStart, a.NameLength);
            if (name.SequenceEqual("xmlns"u8))
            {
                var uri = Decode(a.ValueStart, a.ValueLength, attribute: true);
                if (!isRoot || uri is XmlUri or XmlnsUri)
                {
                    throw new GiveUp();
                }

                _defaultNamespace = uri;
            }
            else if (name.StartsWith("xmlns:"u8))
            {
                var prefix = Encoding.ASCII.GetString(name[6..]);
                var uri = Decode(a.ValueStart, a.ValueLength, attribute: true);
                if (prefix is "xmlns" || uri.Length == 0 || uri is XmlnsUri || (prefix is "xml") != (uri is XmlUri))
                {
                    throw new GiveUp();
                }

                if (isRoot)
                {
                    if (!_prefixes.TryAdd(prefix, uri))
                    {
                        throw new GiveUp();
                    }
                }
                else if (_prefixes.TryGetValue(prefix, out var declared))
                {
                    if (declared != uri)
                    {
                        throw new GiveUp();
                    }
                }
                else
                {
                    if (!_innerPrefixes.TryGetValue(prefix, out var binding))
                    {
                        binding = new Binding(uri);
                        _innerPrefixes.Add(prefix, binding);
                    }
                    else if (binding.Uri != uri)
                    {
                        throw new GiveUp();
                    }

                    binding.Active++;
                    _scopes.Add((_depth, binding));
                }
            }
        }
    }

    /// <summary>Ends the prefixes declared by the element at the current depth.</summary>
    private void EndScopes()
    {
        while (_scopes.Count > 0 && _scopes[^1].Depth == _depth)
        {
            _scopes[^1].Binding.Active--;
            _scopes.RemoveAt(_scopes.Count - 1);
        }
    }

    private NameInfo Find(ByteNames<NameInfo> names, int start, int length, int hash, bool attribute)
    {
        var info = names.Find(_data.AsSpan(start, length), hash) ?? Resolve(start, length, hash, attribute);
        if (info.Binding is { Active: 0 })
        {
            throw new GiveUp();
        }

        return info;
    }

    private void ResolveAttributes()
    {
        for (var i = 0; i < _attributeCount; i++)
        {
            ref var a = ref _attributes[i];
            var info = Find(_attributeNames, a.NameStart, a.NameLength, a.NameHash, attribute: true);
            if (info.IsXmlSpace && !IsSpaceValue(_data.AsSpan(a.ValueStart, a.ValueLength)))
            {
                throw new GiveUp();
            }

            for (var j = 0; j < i; j++)
            {
                if (ReferenceEquals(_attributes[j].Info!.Name, info.Name))
                {
                    throw new GiveUp();
                }
            }

            a = a with { Info = info };
        }
    }

    /// <summary>An element's place in the tree, as <see cref="PartTreeBuilder.StartElement"/> decides it.</summary>
    private void Element(NameInfo info, bool empty)
    {
        if (++_elements > _limits.MaxXmlElements || _depth >= _limits.MaxXmlDepth || (_isMainDocument && info.IsParagraph && ++_paragraphs > _limits.MaxParagraphs))
        {
            throw new GiveUp();
        }

        if (_skipping >= 0)
        {
            if (info.IsRevision && _current is not null)
            {
                if (_skipped is null)
                {
                    _skipped = new XElement(_skippedName!);
                    _current.Add(_skipped);
                }

                _skipped.Add(NewElement(info));
            }

            return;
        }

        if (_isMainDocument && info.IsWml && (info.IsFormatting || (_current is not null && IsSdtPr(_current.Name) && !info.IsReadControlProperty)))
        {
            if (!empty)
            {
                _skipping = _depth;
                _skippedName = info.Name;
            }

            return;
        }

        var element = NewElement(info);
        if (_current is null)
        {
            _document.Add(element);
        }
        else
        {
            _current.Add(element);
        }

        if (!empty)
        {
            _current = element;
            if (_readText < 0 && info.HoldsReadText)
            {
                _readText = _depth;
            }
        }
    }

    /// <summary>The two values XmlReader accepts for <c>xml:space</c> (it also trims them: those are left to it).</summary>
    private static bool IsSpaceValue(ReadOnlySpan<byte> value) => value.SequenceEqual("preserve"u8) || value.SequenceEqual("default"u8);

    private static bool IsSdtPr(XName name) => ReferenceEquals(name, TransitionalSdtPr) || ReferenceEquals(name, StrictSdtPr);

    private XElement NewElement(NameInfo info)
    {
        var element = new XElement(info.Name);
        for (var i = 0; i < _attributeCount; i++)
        {
            var a = _attributes[i];
            if (!a.Info!.IsDeclaration && (!_isMainDocument || a.Info.IsReadAttribute))
            {
                element.Add(new XAttribute(a.Info.Name, Decode(a.ValueStart, a.ValueLength, attribute: true)));
            }
        }

        return element;
    }

    /// <summary>An end tag, from the byte after its <c>&lt;/</c>.</summary>
    private void EndTag()
    {
        var nameStart = _pos;
        _pos = NameEnd(_pos, out _);
        _depth--;
        if (!_data.AsSpan(nameStart, _pos - nameStart).SequenceEqual(_data.AsSpan(_openStart[_depth], _openLength[_depth])))
        {
            throw new GiveUp();
        }

        SkipSpaces();
        if (At(_pos) != (byte)'>')
        {
            throw new GiveUp();
        }

        _pos++;
        EndScopes();
        if (_skipping >= 0)
        {
            if (_depth == _skipping)
            {
                _skipping = -1;
                _skipped = null;
            }

            return;
        }

        if (_depth == _readText)
        {
            _readText = -1;
        }

        _current = _current?.Parent;
    }

    /// <summary>Character data: kept (in the main document, only inside a run's text or a field instruction) or only checked.</summary>
    private void Text(int start, int length)
    {
        if (_skipping >= 0 || _current is null || (_isMainDocument && _readText < 0))
        {
            CheckReferences(start, length);

            // XmlReader's path checks the limit after every text node, kept or not.
            if (_textKept > _limits.MaxPartTextChars)
            {
                throw new GiveUp();
            }

            return;
        }

        // Bytes are never fewer than the characters they decode to: a node that might need cutting, or
        // might reach the part's text limit, is left to XmlReader's path, which reads it in chunks
        // instead of decoding it whole.
        if (length >= _maxNodeChars || _textKept + length > _limits.MaxPartTextChars)
        {
            throw new GiveUp();
        }

        var text = Decode(start, length, attribute: false);
        _textKept += text.Length;

        _current.Add(text);
    }

    private void CheckReferences(int start, int length)
    {
        var span = _data.AsSpan(start, length);
        var amp = span.IndexOf((byte)'&');
        Span<char> ignored = stackalloc char[2];
        while (amp >= 0)
        {
            var consumed = Reference(span[amp..], ignored, out _);
            span = span[(amp + consumed)..];
            amp = span.IndexOf((byte)'&');
        }
    }

    /// <summary>
    /// Text or an attribute value with its references replaced; in an attribute a tab or line feed is a
    /// space, as XML normalises it (the carriage return never gets here).
    /// </summary>
    private string Decode(int start, int length, bool attribute)
    {
        var span = _data.AsSpan(start, length);
        var special = attribute ? span.IndexOfAny(AttributeSpecials) : span.IndexOf((byte)'&');
        if (special < 0)
        {
            return Encoding.UTF8.GetString(span);
        }

        // UTF-8 never takes fewer bytes than UTF-16 takes chars, nor does a reference.
        var buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            var written = 0;
            while (special >= 0)
            {
                written += Encoding.UTF8.GetChars(span[..special], buffer.AsSpan(written));
                if (span[special] == (byte)'&')
                {
                    span = span[(special + Reference(span[special..], buffer.AsSpan(written), out var chars))..];
                    written += chars;
                }
                else
                {
                    buffer[written++] = ' ';
                    span = span[(special + 1)..];
                }

                special = attribute ? span.IndexOfAny(AttributeSpecials) : span.IndexOf((byte)'&');
            }

            written += Encoding.UTF8.GetChars(span, buffer.AsSpan(written));
            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// One of the five predefined entities or a character reference (not to a control character, a
    /// surrogate or a non-character), written to <paramref name="into"/>; returns the bytes it took.
    /// </summary>
    private static int Reference(ReadOnlySpan<byte> span, Span<char> into, out int chars)
    {
        var semicolon = span[..Math.Min(span.Length, 12)].IndexOf((byte)';');
        if (semicolon < 3)
        {
            throw new GiveUp();
        }

        var body = span[1..semicolon];
        chars = 1;
        if (body[0] != (byte)'#')
        {
            into[0] = body switch
            {
                _ when body.SequenceEqual("lt"u8) => '<',
                _ when body.SequenceEqual("gt"u8) => '>',
                _ when body.SequenceEqual("amp"u8) => '&',
                _ when body.SequenceEqual("quot"u8) => '"',
                _ when body.SequenceEqual("apos"u8) => '\'',
                _ => throw new GiveUp(),
            };
            return semicolon + 1;
        }

        var hex = body[1] == (byte)'x';
        var digits = body[(hex ? 2 : 1)..];
        if (digits.Length is 0 or > 6)
        {
            throw new GiveUp();
        }

        var value = 0;
        foreach (var d in digits)
        {
            var digit = d switch
            {
                >= (byte)'0' and <= (byte)'9' => d - '0',
                >= (byte)'a' and <= (byte)'f' when hex => d - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' when hex => d - 'A' + 10,
                _ => throw new GiveUp(),
            };
            value = (value * (hex ? 16 : 10)) + digit;
        }

        if ((value < 0x20 && value is not 0x09 and not 0x0A) || value is >= 0xD800 and <= 0xDFFF or 0xFFFE or 0xFFFF or > 0x10FFFF)
        {
            throw new GiveUp();
        }

        chars = new Rune(value).EncodeToUtf16(into);
        return semicolon + 1;
    }

    private void Push(int nameStart, int nameLength)
    {
        if (_depth == _openStart.Length)
        {
            Array.Resize(ref _openStart, _depth * 2);
            Array.Resize(ref _openLength, _depth * 2);
        }

        _openStart[_depth] = nameStart;
        _openLength[_depth] = nameLength;
        _depth++;
    }

    /// <summary>The end of the name at <paramref name="start"/>, and its hash; its first occurrence is checked in <see cref="Resolve"/>.</summary>
    private int NameEnd(int start, out int hash)
    {
        var h = ByteNames<NameInfo>.Seed;
        var i = start;
        while (i < _end && NameBytes[_data[i]])
        {
            h = ByteNames<NameInfo>.Step(h, _data[i]);
            i++;
        }

        if (i == start || i - start > MaxNameBytes)
        {
            throw new GiveUp();
        }

        hash = ByteNames<NameInfo>.Final(h);
        return i;
    }

    /// <summary>A name met for the first time: a qualified name of ASCII letters, digits, <c>_ - .</c>, in a declared namespace.</summary>
    private NameInfo Resolve(int start, int length, int hash, bool attribute)
    {
        var raw = _data.AsSpan(start, length);
        var colon = raw.IndexOf((byte)':');
        if (!IsNameStart(raw[0]) || (colon >= 0 && (colon == length - 1 || !IsNameStart(raw[colon + 1]) || raw[(colon + 1)..].Contains((byte)':'))))
        {
            throw new GiveUp();
        }

        var local = Encoding.ASCII.GetString(colon < 0 ? raw : raw[(colon + 1)..]);
        var prefix = colon < 0 ? null : Encoding.ASCII.GetString(raw[..colon]);
        NameInfo info;
        if (attribute && (prefix is "xmlns" || (prefix is null && local is "xmlns")))
        {
            info = new NameInfo(XName.Get(local, XmlnsUri), IsDeclaration: true);
        }
        else
        {
            Binding? binding = null;
            var ns = prefix is null ? (attribute ? "" : _defaultNamespace)
                : prefix is "xmlns" ? throw new GiveUp()
                : _prefixes.GetValueOrDefault(prefix) ?? (binding = _innerPrefixes.GetValueOrDefault(prefix))?.Uri ?? throw new GiveUp();
            var isWml = ns is Wml.TransitionalUri or Wml.StrictUri;
            info = new NameInfo(XName.Get(local, ns), IsDeclaration: false)
            {
                Binding = binding,
                IsWml = isWml,
                IsFormatting = isWml && BuiltSubset.IsFormatting(local),
                IsReadControlProperty = BuiltSubset.IsReadControlProperty(local),
                HoldsReadText = isWml && BuiltSubset.HoldsReadText(local),
                IsReadAttribute = BuiltSubset.IsReadAttribute(local),
                IsParagraph = local == "p",
                IsRevision = Wml.IsRevision(local),
                IsXmlSpace = attribute && ns is XmlUri && local is "space",
            };
        }

        if (!(attribute ? _attributeNames : _elementNames).TryAdd(raw, hash, info))
        {
            throw new GiveUp();
        }

        return info;
    }

    private byte At(int index) => index < _end ? _data[index] : throw new GiveUp();

    private void SkipSpaces()
    {
        while (_pos < _end && IsSpace(_data[_pos]))
        {
            _pos++;
        }
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n';

    private static bool IsNameStart(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (byte)'_';

    private static readonly bool[] NameBytes = [.. Enumerable.Range(0, 256).Select(b => IsNameStart((byte)b) || b is (>= '0' and <= '9') or '-' or '.' or ':')];

    private readonly record struct Attribute(int NameStart, int NameLength, int NameHash, int ValueStart, int ValueLength, NameInfo? Info);

    /// <summary>What a name is, resolved once per part.</summary>
    private sealed record NameInfo(XName Name, bool IsDeclaration)
    {
        /// <summary>The prefix's declaration below the root, if that is where it was declared.</summary>
        public Binding? Binding { get; init; }

        public bool IsWml { get; init; }

        public bool IsFormatting { get; init; }

        public bool IsReadControlProperty { get; init; }

        public bool HoldsReadText { get; init; }

        public bool IsReadAttribute { get; init; }

        public bool IsParagraph { get; init; }

        public bool IsRevision { get; init; }

        public bool IsXmlSpace { get; init; }
    }

    /// <summary>A prefix declared below the root, and how many open elements declare it.</summary>
    private sealed class Binding(string uri)
    {
        public string Uri { get; } = uri;

        public int Active { get; set; }
    }

    /// <summary>
    /// Thrown to hand the part to XmlReader; never leaves <see cref="TryLoad"/>. A new one each time:
    /// reads run on several threads, and a throw writes its stack trace into the exception.
    /// </summary>
    private sealed class GiveUp : Exception;
}
