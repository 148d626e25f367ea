using System.Text;
using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using Clausier.Core.Model;

namespace Clausier.Core.Writing;

/// <summary>
/// Writes a catalogue as an editable Markdown folder in the format of docs/catalogue-format.md:
/// <c>catalogue.yml</c> and one file per top-level section, which <see cref="CatalogueLoader.LoadFolder"/>
/// reads back to the same model. Output is deterministic: fixed ordering, LF newlines, UTF-8 without BOM.
/// </summary>
public static partial class CatalogueMarkdownWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The files of the catalogue folder, <c>catalogue.yml</c> first, without touching the disk.</summary>
    /// <remarks>Warnings (CLZ1351) name what the Markdown format cannot carry, e.g. an ungrouped point after a group.</remarks>
    public static Result<IReadOnlyList<CatalogueFile>> Render(Catalogue catalogue)
    {
        var diagnostics = new DiagnosticBag();
        var files = new List<CatalogueFile> { new(CatalogueLoader.HeaderFileName, Header(catalogue)) };
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in catalogue.Sections)
        {
            var name = SectionFileNames.For(section, catalogue.Sections.Count);
            for (var n = 2; !names.Add(name); n++)
            {
                name = $"{Path.GetFileNameWithoutExtension(SectionFileNames.For(section, catalogue.Sections.Count))}-{n}.md";
            }

            files.Add(new CatalogueFile(name, SectionFile(section, diagnostics)));
        }

        return new Result<IReadOnlyList<CatalogueFile>>(files, diagnostics.ToList());
    }

    /// <summary>
    /// Writes the catalogue into <paramref name="folder"/> (created if needed) and returns the paths written.
    /// A folder that already holds a catalogue is refused (CLZ1350) unless <see cref="CatalogueWriterOptions.Overwrite"/>.
    /// </summary>
    public static Result<IReadOnlyList<string>> Write(Catalogue catalogue, string folder, CatalogueWriterOptions? options = null)
    {
        options ??= CatalogueWriterOptions.Default;
        var rendered = Render(catalogue);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(rendered.Diagnostics);
        try
        {
            var existing = ExistingCatalogueFiles(folder);
            if (existing.Count > 0 && !options.Overwrite)
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1350", new FileLocation(folder),
                    string.Join(", ", existing.Select(Path.GetFileName).Take(3)) + (existing.Count > 3 ? ", …" : ""));
                return new Result<IReadOnlyList<string>>(null, diagnostics.ToList());
            }

            existing.ForEach(File.Delete);
            Directory.CreateDirectory(folder);
            var written = new List<string>();
            foreach (var file in rendered.Value!)
            {
                var path = Path.Combine(folder, file.Name);
                File.WriteAllText(path, file.Text, Utf8);
                written.Add(path);
            }

            return new Result<IReadOnlyList<string>>(written, diagnostics.ToList());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1352", new FileLocation(folder), MessageText.Reason(ex));
            return new Result<IReadOnlyList<string>>(null, diagnostics.ToList());
        }
    }

    private static List<string> ExistingCatalogueFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder)
            .Where(f => Path.GetFileName(f) == CatalogueLoader.HeaderFileName
                || (f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)];
    }
}
