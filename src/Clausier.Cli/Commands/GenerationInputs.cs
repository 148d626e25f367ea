using Clausier.Core.Diagnostics;
using Clausier.Pipeline;
using Clausier.Templating;
using Clausier.Word;

namespace Clausier.Cli.Commands;

/// <summary>Loads what every generation needs (catalogue, templates, reference document) and reports why it could not.</summary>
internal static class GenerationInputs
{
    public static AnnexGenerator? Load(string? catalogue, string? template, string? referenceDocx, CliConsole console)
    {
        var catalogueResult = CatalogueSource.Load(catalogue);
        var templates = TemplateSet.Load(template ?? BuiltIn.TemplateFolder);
        console.Report(catalogueResult.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Concat(templates.Diagnostics));
        byte[]? reference = null;
        if (referenceDocx is not null)
        {
            var read = ReferenceDocumentFile.Read(referenceDocx);
            console.Report(read.Diagnostics);
            if (read.Value is null)
            {
                return null;
            }

            reference = read.Value;
        }

        if (catalogueResult.Value is null || catalogueResult.HasErrors || templates.Value is null)
        {
            return null;
        }

        var options = WordOptions.Default with { ReferenceDocx = reference, ReferenceDocxName = referenceDocx, Timestamp = Timestamps.FromEnvironment() };
        return new AnnexGenerator(catalogueResult.Value, templates.Value, options, TemplateLimits.Default);
    }

    /// <summary>Hash of the catalogue, templates and reference document a generation uses, for batch re-runs.</summary>
    public static string Fingerprint(string? catalogue, string? template, string? referenceDocx) =>
        Pipeline.Batch.Fingerprints.Of(
            Pipeline.Batch.Fingerprints.OfFolder(catalogue ?? BuiltIn.CatalogueFolder),
            Pipeline.Batch.Fingerprints.OfFolder(template ?? BuiltIn.TemplateFolder),
            referenceDocx is null ? null : Pipeline.Batch.Fingerprints.OfBytes(File.ReadAllBytes(referenceDocx)));
}
