using Clausier.Core.Diagnostics;
using Clausier.Core.Linting;
using Clausier.Core.Model;

namespace Clausier.Core.Loading;

/// <summary>Loads a Markdown catalogue folder into the model, with every problem as a diagnostic.</summary>
public static class CatalogueLoader
{
    public const string HeaderFileName = "catalogue.yml";

    /// <summary>Reads and lints the catalogue in <paramref name="folder"/>. Never throws on bad content.</summary>
    public static Result<Catalogue> LoadFolder(string folder)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(folder))
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1001.folder", new FileLocation(folder));
            return new Result<Catalogue>(null, diagnostics.ToList());
        }

        var header = CatalogueYamlReader.Read(Path.Combine(folder, HeaderFileName), diagnostics);
        var files = Directory.EnumerateFiles(folder, "*.md")
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => SectionFileReader.Read(DisplayPath(f), File.ReadAllText(f), diagnostics))
            .ToList();
        if (files.Count == 0)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1121", new FileLocation(folder));
        }

        if (header is null)
        {
            return new Result<Catalogue>(null, diagnostics.ToList());
        }

        var sections = new CatalogueAssembler(header, diagnostics).Assemble(files);
        var catalogue = new Catalogue(header.Id, header.Name, header.Version, header.Edition, header.Source, header.Copyright,
            folder, header.Parameters, header.Segments, sections, header.Importance);
        Evaluation.EvaluationGridBuilder.CheckTargets(catalogue, header.Importance, diagnostics);
        diagnostics.AddRange(CatalogueLinter.Lint(catalogue));
        return new Result<Catalogue>(catalogue, InReadingOrder(diagnostics.Items));
    }

    /// <summary>Sorted by file, line and column, so that users fix problems top to bottom.</summary>
    private static List<Diagnostic> InReadingOrder(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Location?.File ?? "", StringComparer.Ordinal)
            .ThenBy(d => (d.Location as TextLocation)?.Line ?? -1)
            .ThenBy(d => (d.Location as TextLocation)?.Column ?? -1)];

    private static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
