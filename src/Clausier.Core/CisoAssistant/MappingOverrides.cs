using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using Clausier.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Clausier.Core.CisoAssistant;

/// <summary>
/// The points whose wording narrows or widens the published point, from the catalogue's
/// <c>correspondance-clausier-sante-v2.yml</c>: every other point maps as <see cref="MappingRelation.Equal"/>.
/// </summary>
public sealed class MappingOverrides
{
    public const string FileName = "correspondance-clausier-sante-v2.yml";

    private static readonly string[] Relationships = ["equal", "intersect", "subset", "superset", "not_related"];

    private readonly IReadOnlyDictionary<string, MappingRelation> _relations;

    private MappingOverrides(IReadOnlyDictionary<string, MappingRelation> relations) => _relations = relations;

    public static MappingOverrides None { get; } = new(new Dictionary<string, MappingRelation>());

    public IReadOnlyDictionary<string, MappingRelation> Relations => _relations;

    public MappingRelation For(string pointId) => _relations.GetValueOrDefault(pointId) ?? MappingRelation.Equal;

    /// <summary>
    /// The file beside the catalogue's <c>catalogue.yml</c>; none when the folder has no such file, or when
    /// the catalogue was imported from a library file rather than read from a folder.
    /// </summary>
    public static Result<MappingOverrides> Load(string catalogueFolder, Catalogue catalogue)
    {
        var path = Path.Combine(catalogueFolder, FileName);
        if (!Directory.Exists(catalogueFolder) || !File.Exists(path))
        {
            return new Result<MappingOverrides>(None, []);
        }

        var diagnostics = new DiagnosticBag();
        var relations = new Dictionary<string, MappingRelation>(StringComparer.Ordinal);
        // Read as every other YAML file is: UTF-8 checked, nesting bounded before the tree is built.
        YamlNode? root;
        try
        {
            root = Utf8Text.ReadFile(path, diagnostics) is { } text ? YamlLocations.LoadRoot(path, new StringReader(text), diagnostics) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ8001.unreadable", new FileLocation(path), MessageText.Reason(ex));
            return new Result<MappingOverrides>(null, diagnostics.ToList());
        }

        if (diagnostics.HasErrors)
        {
            return new Result<MappingOverrides>(null, diagnostics.ToList());
        }

        if (root is YamlSequenceNode list)
        {
            foreach (var entry in list)
            {
                Read(entry, path, catalogue, relations, diagnostics);
            }
        }
        else if (root is not null)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ8001.not-list", new FileLocation(path));
        }

        return new Result<MappingOverrides>(diagnostics.HasErrors ? null : new MappingOverrides(relations), diagnostics.ToList());
    }

    private static void Read(YamlNode entry, string path, Catalogue catalogue, Dictionary<string, MappingRelation> relations, DiagnosticBag diagnostics)
    {
        if (YamlMap.From(entry, path, MessageCatalogue.Format("context.correspondence"), diagnostics) is not { } map)
        {
            return;
        }

        var point = map.String("point", required: true);
        var relationship = map.String("relationship", required: true);
        var rationale = map.String("rationale", required: true);
        map.ReportUnknownKeys();
        if (point is null || relationship is null || rationale is null)
        {
            return;
        }

        if (catalogue.FindPoint(point) is null)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ8001.point", map.Location, point, Text.Suggestions.Hint(point, catalogue.AllPoints().Select(p => p.Id)));
        }
        else if (!Relationships.Contains(relationship))
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ8001.relationship", map.Location, relationship, string.Join(", ", Relationships));
        }
        else if (!relations.TryAdd(point, new MappingRelation(relationship, rationale)))
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ8001.twice", map.Location, point);
        }
    }
}
