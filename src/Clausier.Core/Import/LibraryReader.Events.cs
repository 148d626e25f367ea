using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Clausier.Core.Import;

/// <summary>Walking the event stream: mappings, scalars, skipping, and the nesting and alias guards.</summary>
internal sealed partial class LibraryReader
{
    /// <summary>Calls <paramref name="onKey"/> on each scalar key with the parser on its value; the callback consumes the value.</summary>
    private void ReadMapping(MessageText context, Action<string> onKey)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Next();
        while (_parser.Current is not MappingEnd)
        {
            if (_parser.Current is not Scalar key)
            {
                SkipNode();
                SkipNode();
                continue;
            }

            var location = CurrentLocation();
            Next();
            if (!seen.Add(key.Value))
            {
                _diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1323", location, key.Value, context);
                SkipNode();
                continue;
            }

            onKey(key.Value);
        }

        Next();
    }

    private void ReadScalarInto(Dictionary<string, string> values, string key, MessageText context)
    {
        if (ReadScalar(key, context) is { } value)
        {
            values[key] = value;
        }
    }

    /// <summary>The scalar value the parser is on, trimmed; null for an empty or null value, or a collection (reported).</summary>
    private string? ReadScalar(string key, MessageText context)
    {
        switch (_parser.Current)
        {
            case Scalar scalar:
                Next();
                var value = scalar.Value.Trim();
                return value.Length == 0 || (scalar.Style == ScalarStyle.Plain && value is "~" or "null" or "Null" or "NULL") ? null : value;
            case MappingStart or SequenceStart:
                _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1307.scalar", CurrentLocation(), key, context);
                SkipNode();
                return null;
            default:
                SkipNode();
                return null;
        }
    }

    /// <summary>Consumes the node the parser is on, nested content included, without recursion.</summary>
    private void SkipNode()
    {
        if (_parser.Current is not (MappingStart or SequenceStart))
        {
            Next();
            return;
        }

        var level = _nesting;
        do
        {
            Next();
        }
        while (!(_parser.Current is MappingEnd or SequenceEnd && _nesting == level - 1));
        Next();
    }

    private void Next()
    {
        if (!_parser.MoveNext())
        {
            throw new YamlException("Unexpected end of the YAML stream.");
        }

        switch (_parser.Current)
        {
            case MappingStart or SequenceStart:
                _nesting++;
                if (_nesting > MaxNesting)
                {
                    _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1306", CurrentLocation(), MaxNesting);
                    throw new StopReading();
                }

                break;
            case MappingEnd or SequenceEnd:
                _nesting--;
                break;
            case AnchorAlias alias:
                ReportAlias(alias);
                break;
        }
    }

    private void ReportAlias(AnchorAlias alias)
    {
        if (++_aliases <= MaxAliasReports)
        {
            _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1305", CurrentLocation(), alias.Value);
        }
        else if (_aliases == MaxAliasReports + 1)
        {
            _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1305.more", CurrentLocation(), MaxAliasReports);
        }
    }

    private TextLocation CurrentLocation() =>
        _parser.Current is { } current ? YamlLocations.At(_file, current.Start) : new TextLocation(_file, 0, 0);

    /// <summary>Where in the library a value sits, for the messages (<c>context.*</c> in the catalogue).</summary>
    private static class Contexts
    {
        internal static readonly MessageText Library = MessageCatalogue.Format("context.library");
        internal static readonly MessageText Objects = MessageCatalogue.Format("context.quoted", "objects");
        internal static readonly MessageText FrameworkKey = MessageCatalogue.Format("context.quoted", "framework");
        internal static readonly MessageText Framework = MessageCatalogue.Format("context.framework");
        internal static readonly MessageText RequirementNode = MessageCatalogue.Format("context.requirement-node");
        internal static readonly MessageText ImplementationGroup = MessageCatalogue.Format("context.implementation-group");
        internal static readonly MessageText Questions = MessageCatalogue.Format("context.quoted", "questions");
        internal static readonly MessageText Question = MessageCatalogue.Format("context.question");
        internal static readonly MessageText Choice = MessageCatalogue.Format("context.choice");
    }
}
