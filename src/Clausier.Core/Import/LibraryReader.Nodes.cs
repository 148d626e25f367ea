using System.Globalization;
using Clausier.Core.CisoAssistant;
using Clausier.Core.Diagnostics;
using YamlDotNet.Core.Events;

namespace Clausier.Core.Import;

internal sealed partial class LibraryReader
{
    private List<RequirementNode> ReadNodes()
    {
        var nodes = new List<RequirementNode>();
        if (_parser.Current is not SequenceStart)
        {
            _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1304.nodes-list", CurrentLocation());
            SkipNode();
            return nodes;
        }

        Next();
        while (_parser.Current is not SequenceEnd)
        {
            if (_parser.Current is MappingStart)
            {
                if (ReadNode() is { } node)
                {
                    nodes.Add(node);
                }
            }
            else
            {
                _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1307.node-mapping", CurrentLocation());
                SkipNode();
            }
        }

        Next();
        return nodes;
    }

    private RequirementNode? ReadNode()
    {
        var location = CurrentLocation();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        TextLocation? descriptionLocation = null;
        TextLocation? depthLocation = null;
        TextLocation? assessableLocation = null;
        List<string>? groups = null;
        FrameworkQuestion? question = null;
        ReadMapping(Contexts.RequirementNode, key =>
        {
            switch (key)
            {
                case "description":
                    descriptionLocation = CurrentLocation();
                    ReadScalarInto(values, key, Contexts.RequirementNode);
                    break;
                case "depth":
                    depthLocation = CurrentLocation();
                    ReadScalarInto(values, key, Contexts.RequirementNode);
                    break;
                case "assessable":
                    assessableLocation = CurrentLocation();
                    ReadScalarInto(values, key, Contexts.RequirementNode);
                    break;
                case "urn" or "ref_id" or "name" or "typical_evidence" or "parent_urn" or "annotation" or "importance":
                    ReadScalarInto(values, key, Contexts.RequirementNode);
                    break;
                case "implementation_groups":
                    groups = ReadScalarList(key);
                    break;
                case "questions":
                    question = ReadFirstQuestion();
                    break;
                default:
                    SkipNode();
                    break;
            }
        });

        if (!values.TryGetValue("urn", out var urn))
        {
            _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1308", location);
            return null;
        }

        return new RequirementNode(urn, values.GetValueOrDefault("ref_id"), values.GetValueOrDefault("name"),
            values.GetValueOrDefault("description"), values.GetValueOrDefault("typical_evidence"),
            Depth(values.GetValueOrDefault("depth"), depthLocation), values.GetValueOrDefault("parent_urn"),
            Assessable(values.GetValueOrDefault("assessable"), assessableLocation ?? location), location, descriptionLocation,
            values.GetValueOrDefault("annotation"), groups, question, values.GetValueOrDefault("importance"));
    }

    private int? Depth(string? text, TextLocation? location)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var depth) && depth >= 1)
        {
            return depth;
        }

        _diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1307.depth", location, text);
        return null;
    }

    /// <summary>CISO Assistant treats a node without <c>assessable</c> as not assessable.</summary>
    private bool Assessable(string? text, TextLocation location)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "false" or "no" or "off":
                return false;
            case "true" or "yes" or "on":
                return true;
            default:
                _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1307.assessable", location, text);
                return false;
        }
    }
}
