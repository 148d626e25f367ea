using Clausier.Core.CisoAssistant;
using Clausier.Core.Diagnostics;
using Clausier.Core.Model;
using YamlDotNet.Core.Events;

namespace Clausier.Core.Import;

/// <summary>Implementation groups (read as market segments) and a node's closed question.</summary>
internal sealed partial class LibraryReader
{
    /// <summary><c>implementation_groups_definition</c>: each group's ref_id, name and description.</summary>
    private List<Segment> ReadGroups()
    {
        var groups = new List<Segment>();
        if (_parser.Current is not SequenceStart)
        {
            _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1307.groups", CurrentLocation());
            SkipNode();
            return groups;
        }

        Next();
        while (_parser.Current is not SequenceEnd)
        {
            if (_parser.Current is not MappingStart)
            {
                SkipNode();
                continue;
            }

            var location = CurrentLocation();
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            ReadMapping(Contexts.ImplementationGroup, key =>
            {
                if (key is "ref_id" or "name" or "description")
                {
                    ReadScalarInto(values, key, Contexts.ImplementationGroup);
                }
                else
                {
                    SkipNode();
                }
            });
            if (values.TryGetValue("ref_id", out var id))
            {
                groups.Add(new Segment(id, values.GetValueOrDefault("name") ?? id, values.GetValueOrDefault("description") ?? "", location));
            }
        }

        Next();
        return groups;
    }

    private List<string> ReadScalarList(string key)
    {
        var items = new List<string>();
        if (_parser.Current is not SequenceStart)
        {
            if (ReadScalar(key, Contexts.RequirementNode) is { } single)
            {
                items.Add(single);
            }

            return items;
        }

        Next();
        while (_parser.Current is not SequenceEnd)
        {
            if (ReadScalar(key, Contexts.RequirementNode) is { } item)
            {
                items.Add(item);
            }
        }

        Next();
        return items;
    }

    /// <summary>The first question of a node's <c>questions</c> mapping (question URN → type, text, choices); the others are skipped.</summary>
    private FrameworkQuestion? ReadFirstQuestion()
    {
        if (_parser.Current is not MappingStart)
        {
            SkipNode();
            return null;
        }

        FrameworkQuestion? first = null;
        ReadMapping(Contexts.Questions, urn =>
        {
            if (first is not null || _parser.Current is not MappingStart)
            {
                SkipNode();
                return;
            }

            string? text = null;
            var choices = new List<FrameworkChoice>();
            ReadMapping(Contexts.Question, key =>
            {
                if (key == "text")
                {
                    text = ReadScalar(key, Contexts.Question);
                }
                else if (key == "choices" && _parser.Current is SequenceStart)
                {
                    Next();
                    while (_parser.Current is not SequenceEnd)
                    {
                        var values = new Dictionary<string, string>(StringComparer.Ordinal);
                        if (_parser.Current is MappingStart)
                        {
                            ReadMapping(Contexts.Choice, choiceKey =>
                            {
                                if (choiceKey is "urn" or "value")
                                {
                                    ReadScalarInto(values, choiceKey, Contexts.Choice);
                                }
                                else
                                {
                                    SkipNode();
                                }
                            });
                        }
                        else
                        {
                            SkipNode();
                        }

                        if (values.TryGetValue("value", out var value))
                        {
                            choices.Add(new FrameworkChoice(values.GetValueOrDefault("urn") ?? "", value));
                        }
                    }

                    Next();
                }
                else
                {
                    SkipNode();
                }
            });
            first = new FrameworkQuestion(urn, text ?? "", choices);
        });
        return first;
    }
}
