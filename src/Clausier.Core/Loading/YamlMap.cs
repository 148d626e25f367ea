using Clausier.Core.Diagnostics;
using Clausier.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Clausier.Core.Loading;

/// <summary>
/// Typed access to one YAML mapping with the diagnostics users need: missing required keys, wrong
/// types and unknown keys (with a suggestion), each at its line and column.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly MessageText _context;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, string file, MessageText context, DiagnosticBag diagnostics)
    {
        _node = node;
        _file = file;
        _context = context;
        _diagnostics = diagnostics;
    }

    public TextLocation Location => YamlLocations.At(_file, _node);

    /// <summary>Wraps <paramref name="node"/> when it is a mapping; reports the wrong type otherwise.</summary>
    public static YamlMap? From(YamlNode? node, string file, MessageText context, DiagnosticBag diagnostics)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, file, context, diagnostics);
        }

        if (node is not null)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1008.mapping", YamlLocations.At(file, node), context);
        }

        return null;
    }

    public YamlNode? Node(string key)
    {
        _known.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public string? String(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1003.no-key", Location, _context, key);
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            var value = ControlCharacters.Clean(scalar.Value ?? "", MessageCatalogue.Format("context.key", key, _context), YamlLocations.At(_file, node), _diagnostics);
            if (required && value.Trim().Length == 0)
            {
                _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1003.empty-key", YamlLocations.At(_file, node), _context, key);
            }

            return value;
        }

        _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1008.single", YamlLocations.At(_file, node), key, _context);
        return null;
    }

    public bool? Boolean(string key)
    {
        var text = String(key);
        return text switch
        {
            null => null,
            "true" or "yes" or "oui" => true,
            "false" or "no" or "non" => false,
            _ => InvalidBoolean(key),
        };
    }

    public IReadOnlyList<YamlNode> Sequence(string key, bool required = false)
    {
        var node = Node(key);
        switch (node)
        {
            case YamlSequenceNode sequence:
                return sequence.Children.ToList();
            case null when required:
                _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1003.no-key", Location, _context, key);
                return [];
            case null:
                return [];
            default:
                _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1008.list", YamlLocations.At(_file, node), key, _context);
                return [];
        }
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null && required)
        {
            _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1003.no-key", Location, _context, key);
        }

        return From(node, _file, MessageCatalogue.Format("context.key", key, _context), _diagnostics);
    }

    /// <summary>Every key/value pair, for open-ended maps such as parameter values.</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries() =>
        _node.Children.Select(kv => ((kv.Key as YamlScalarNode)?.Value ?? "", kv.Key, kv.Value));

    /// <summary>Reports every key that no accessor asked for.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var (key, keyNode, _) in Entries())
        {
            if (!_known.Contains(key))
            {
                _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1004", YamlLocations.At(_file, keyNode), key, _context, Suggestions.Hint(key, _known));
            }
        }
    }

    private bool? InvalidBoolean(string key)
    {
        _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1008.boolean", YamlLocations.At(_file, Node(key)!), key, _context);
        return null;
    }
}
