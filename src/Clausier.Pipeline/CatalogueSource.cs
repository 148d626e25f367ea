using Clausier.Core.Diagnostics;
using Clausier.Core.Import;
using Clausier.Core.Loading;
using Clausier.Core.Model;

namespace Clausier.Pipeline;

/// <summary>Loads the catalogue a command names: the built-in one, a Markdown catalogue folder, or a CISO Assistant library file.</summary>
public static class CatalogueSource
{
    public static Result<Catalogue> Load(string? path)
    {
        if (path is null)
        {
            return CatalogueLoader.LoadFolder(BuiltIn.CatalogueFolder);
        }

        if (Directory.Exists(path))
        {
            return CatalogueLoader.LoadFolder(path);
        }

        if (CisoAssistantImporter.IsLibraryFile(path))
        {
            return CisoAssistantImporter.Load(path);
        }

        return new Result<Catalogue>(null,
        [
            Diagnostic.Of(DiagnosticSeverity.Error, File.Exists(path) ? "CLZ1001.not-a-catalogue" : "CLZ1001.no-folder", new FileLocation(path)),
        ]);
    }
}
