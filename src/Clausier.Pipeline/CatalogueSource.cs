using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using Clausier.Core.Model;

namespace Clausier.Pipeline;

/// <summary>Loads the catalogue a command names: the built-in one, or a Markdown catalogue folder.</summary>
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

        return new Result<Catalogue>(null,
        [
            Diagnostic.Error(DiagnosticIds.CatalogueFileMissing,
                File.Exists(path)
                    ? "This file is not a catalogue folder; a catalogue is a folder holding catalogue.yml and one Markdown file per section."
                    : "No catalogue folder at this path.",
                new FileLocation(path)),
        ]);
    }
}
