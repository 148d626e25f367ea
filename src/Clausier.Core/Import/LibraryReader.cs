using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Clausier.Core.Import;

/// <summary>
/// Reads a CISO Assistant library with YamlDotNet's event parser, keeping only the keys the importer
/// uses and skipping the rest event by event, so memory stays proportional to the kept text. Aliases
/// are refused rather than expanded (no alias bomb can grow), and nesting deeper than
/// <see cref="MaxNesting"/> stops the read.
/// </summary>
internal sealed partial class LibraryReader
{
    internal const int MaxNesting = 64;
    private const int MaxAliasReports = 10;

    private static readonly string[] LibraryKeys =
        ["urn", "ref_id", "name", "description", "copyright", "version", "publication_date", "provider", "packager", "locale"];

    private static readonly string[] FrameworkKeys = ["urn", "ref_id", "name", "description"];

    private readonly IParser _parser;
    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;
    private int _nesting;
    private int _aliases;

    private LibraryReader(TextReader reader, string file, DiagnosticBag diagnostics)
    {
        _parser = new Parser(new Scanner(reader, skipComments: true));
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Null when the file is not YAML, not a library, or too hostile to read. The reason is then the
    /// only diagnostic added: what was said about the part read before a syntax error would be noise.
    /// </summary>
    public static LibraryDocument? Read(TextReader reader, string file, DiagnosticBag diagnostics)
    {
        var own = new DiagnosticBag();
        var library = new LibraryReader(reader, file, own);
        try
        {
            var document = library.ReadStream();
            diagnostics.AddRange(document is null ? own.Items.Where(d => d.Id == DiagnosticIds.ImportUnknownFormat) : own.Items);
            return document;
        }
        catch (StopReading)
        {
            diagnostics.Add(own.Items[^1]);
            return null;
        }
        catch (YamlException ex)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1303", YamlLocations.At(file, ex.Start), MessageCatalogue.YamlReason(FirstLine(ex.Message)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on a flow collection left open at the end.
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1303.unclosed", library.CurrentLocation());
            return null;
        }
    }

    private LibraryDocument? ReadStream()
    {
        Next(); // StreamStart
        Next();
        if (_parser.Current is not DocumentStart)
        {
            _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1304.empty", new FileLocation(_file));
            return null;
        }

        Next();
        if (_parser.Current is not MappingStart)
        {
            _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1304.top-level", CurrentLocation());
            return null;
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var framework = new Dictionary<string, string>(StringComparer.Ordinal);
        List<RequirementNode>? nodes = null;
        var groups = new List<Model.Segment>();
        var objectKeys = new List<string>();
        var hasObjects = false;
        ReadMapping(Contexts.Library, key =>
        {
            if (key == "objects")
            {
                hasObjects = true;
                nodes = ReadObjects(framework, groups, objectKeys);
            }
            else if (LibraryKeys.Contains(key))
            {
                ReadScalarInto(metadata, key, Contexts.Library);
            }
            else
            {
                SkipNode();
            }
        });

        if (nodes is null)
        {
            var start = new TextLocation(_file, 0, 0);
            if (!hasObjects)
            {
                _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1304.no-objects", start);
            }
            else if (framework.Count == 0 && objectKeys.Count > 0 && !objectKeys.Contains("framework"))
            {
                _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1304.not-framework", start, string.Join(", ", objectKeys.Take(5)));
            }
            else
            {
                _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1304.no-nodes", start);
            }

            return null;
        }

        return new LibraryDocument(metadata, framework, nodes, groups);
    }

    private List<RequirementNode>? ReadObjects(Dictionary<string, string> framework, List<Model.Segment> groups, List<string> objectKeys)
    {
        if (!ExpectMapping(Contexts.Objects))
        {
            return null;
        }

        List<RequirementNode>? read = null;
        ReadMapping(Contexts.Objects, key =>
        {
            objectKeys.Add(key);
            if (key == "framework" && ExpectMapping(Contexts.FrameworkKey))
            {
                ReadMapping(Contexts.Framework, frameworkKey =>
                {
                    if (frameworkKey == "requirement_nodes")
                    {
                        read = ReadNodes();
                    }
                    else if (frameworkKey == "implementation_groups_definition")
                    {
                        groups.AddRange(ReadGroups());
                    }
                    else if (FrameworkKeys.Contains(frameworkKey))
                    {
                        ReadScalarInto(framework, frameworkKey, Contexts.Framework);
                    }
                    else
                    {
                        SkipNode();
                    }
                });
            }
            else if (key != "framework")
            {
                SkipNode();
            }
        });
        return read;
    }

    private bool ExpectMapping(MessageText what)
    {
        if (_parser.Current is MappingStart)
        {
            return true;
        }

        _diagnostics.Report(DiagnosticSeverity.Error, "CLZ1304.mapping", CurrentLocation(), what);
        SkipNode();
        return false;
    }

    private static string FirstLine(string message)
    {
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (…): "; the location is printed separately.
        var text = message.Split('\n')[0];
        var cut = text.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? text[(cut + 3)..] : text;
    }

    /// <summary>Unwinds the read after a limit was hit and reported.</summary>
    private sealed class StopReading : Exception;
}
