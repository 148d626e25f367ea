using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using Clausier.Core.Model;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;
using Clausier.Pipeline;

namespace Clausier.Templating.Tests;

/// <summary>Renders template folders against the built-in catalogue and a tender.</summary>
internal static class TemplateFixture
{
    private static readonly Lazy<Catalogue> Catalogue = new(() => CatalogueLoader.LoadFolder(BuiltIn.CatalogueFolder).Value!);

    public static AnnexSelection Selection(string tenderPath, string? lot = null)
    {
        var tender = TenderReader.ReadFile(tenderPath).Value!;
        return PointSelector.Select(Catalogue.Value, tender, lot is null ? tender.Lots[0] : tender.FindLot(lot)!).Value!;
    }

    public static Result<string> Render(string folder, AnnexSelection selection, TemplateLimits? limits = null)
    {
        var set = TemplateSet.Load(folder);
        return set.Value is null
            ? new Result<string>(null, set.Diagnostics)
            : new AnnexTemplateRenderer(limits ?? TemplateLimits.Default).Render(set.Value, selection);
    }

    /// <summary>A copy of the built-in templates in a temporary folder, to break on purpose.</summary>
    public static string CopyBuiltIn()
    {
        var folder = Path.Combine(Path.GetTempPath(), "clausier-tpl-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(BuiltIn.TemplateFolder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
