using Clausier.Core.Diagnostics;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

/// <summary>
/// Resolves the style ids renderers write from style names (pandoc's StyleMap). Built on the
/// built-in definitions or on a reference document's styles part; a style the renderer asks for that
/// the reference lacks is added from the built-in definitions, with a warning.
/// </summary>
internal sealed class StyleMap
{
    private readonly Dictionary<string, string> _idsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly DiagnosticBag? _diagnostics;
    private string? _defaultParagraphId;

    private StyleMap(Styles styles, DiagnosticBag? diagnostics)
    {
        Styles = styles;
        _diagnostics = diagnostics;
        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
            {
                _ids.Add(id);
                if (style.StyleName?.Val?.Value is { } name)
                {
                    _idsByName.TryAdd(name, id);
                }
            }
        }
    }

    /// <summary>The styles part root, including every style added so far.</summary>
    public Styles Styles { get; }

    /// <summary>The styles part already serialised, for a map that no longer changes (<see cref="SharedBuiltIn"/>).</summary>
    public ReadOnlyMemory<byte>? SerializedPart { get; private set; }

    private static StyleMap BuiltIn(string language)
    {
        var map = new StyleMap(new Styles(BuiltInStyles.DocDefaults(language)), diagnostics: null);
        foreach (var name in BuiltInStyles.Names)
        {
            map.Id(name);
        }

        return map;
    }

    /// <summary>
    /// The built-in styles, serialised once, for a writer to share between the annexes it writes: every
    /// built-in style is defined up front, so lookups never add one and concurrent reads are safe (the
    /// lazily found default paragraph id is the same string whichever thread finds it).
    /// </summary>
    public static StyleMap SharedBuiltIn(string language)
    {
        var map = BuiltIn(language);
        using var part = new MemoryStream();
        map.Styles.Save(part);
        map.SerializedPart = part.ToArray();
        return map;
    }

    public static StyleMap FromReference(Styles reference, string language, DiagnosticBag diagnostics)
    {
        var styles = (Styles)reference.CloneNode(true);
        var defaults = styles.DocDefaults ??= new DocDefaults();
        var run = defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
        var runBase = run.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
        runBase.Languages = new Languages { Val = language, EastAsia = language, Bidi = "ar-SA" };
        return new StyleMap(styles, diagnostics);
    }

    /// <summary>The id of the style named <paramref name="name"/>, adding the built-in definition if it is missing.</summary>
    public string Id(string name)
    {
        if (_idsByName.TryGetValue(name, out var id))
        {
            return id;
        }

        id = UniqueId(BuiltInStyles.PreferredId(name));

        // Registered before the definition is built, so that based-on lookups see it.
        _idsByName[name] = id;
        _ids.Add(id);
        var style = BuiltInStyles.Create(name, id, this)
            ?? throw new InvalidOperationException($"'{name}' is not a built-in style");
        Styles.Append(style);
        _diagnostics?.Report(DiagnosticSeverity.Warning, "CLZ3201", null, name, id);
        return id;
    }

    /// <summary>Whether paragraphs of this style can omit <c>w:pStyle</c> (it is the default paragraph style).</summary>
    public bool IsDefaultParagraphStyle(string id) =>
        string.Equals(id, _defaultParagraphId ??= DefaultParagraphId(), StringComparison.OrdinalIgnoreCase);

    private string DefaultParagraphId() =>
        Styles.Elements<Style>().FirstOrDefault(s => s.Default?.Value == true && s.Type?.Value == StyleValues.Paragraph)?.StyleId?.Value
        ?? Id(StyleNames.Normal);

    private string UniqueId(string preferred)
    {
        var id = preferred;
        for (var n = 2; _ids.Contains(id); n++)
        {
            id = $"{preferred}{n}";
        }

        return id;
    }
}
