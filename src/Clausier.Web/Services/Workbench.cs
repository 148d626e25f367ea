using Clausier.Core.Model;
using Clausier.Forms;
using Clausier.Pipeline;
using Clausier.Pipeline.Evaluation;
using Clausier.Templating;
using Clausier.Word;

namespace Clausier.Web.Services;

/// <summary>
/// The libraries the pages call, loaded once when the server starts: the catalogue, the annex generator
/// over the built-in templates, and the annex reader bounded by the upload limits. Everything in it is
/// immutable, so one instance serves every request.
/// </summary>
public sealed class Workbench
{
    private Workbench(Catalogue catalogue, AnnexGenerator generator, AnnexReader reader, DateTimeOffset timestamp, WebServerOptions options, EvaluationDocuments documents)
    {
        Documents = documents;
        Catalogue = catalogue;
        Generator = generator;
        Reader = reader;
        Timestamp = timestamp;
        Options = options;
    }

    public Catalogue Catalogue { get; }

    public AnnexGenerator Generator { get; }

    public AnnexReader Reader { get; }

    /// <summary>The analysis report and letter templates of <c>clausier evaluate</c>.</summary>
    public EvaluationDocuments Documents { get; }

    public DateTimeOffset Timestamp { get; }

    public WebServerOptions Options { get; }

    /// <summary>Loads the catalogue and templates; throws when they cannot be read, as the server has nothing to serve then.</summary>
    public static Workbench Load(WebServerOptions options)
    {
        var catalogue = CatalogueSource.Load(options.Catalogue);
        var templates = TemplateSet.Load(BuiltIn.TemplateFolder);
        if (catalogue.Value is null || catalogue.HasErrors || templates.Value is null)
        {
            var problems = catalogue.Diagnostics.Concat(templates.Diagnostics).Where(d => d.IsError);
            throw new InvalidOperationException("The catalogue or the templates cannot be loaded:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        var timestamp = options.Timestamp ?? Timestamps.FromEnvironment();
        var generator = new AnnexGenerator(catalogue.Value, templates.Value, WordOptions.Default with { Timestamp = timestamp }, TemplateLimits.Default);
        var reader = new AnnexReader(ReaderLimits.Default with { MaxPackageBytes = options.MaxFileBytes });
        var documents = EvaluationDocuments.Load(BuiltIn.EvaluationTemplateFolder, WordOptions.Default with { Timestamp = timestamp });
        if (documents.Value is null)
        {
            throw new InvalidOperationException("The evaluation templates cannot be loaded:" + Environment.NewLine + string.Join(Environment.NewLine, documents.Diagnostics));
        }

        return new Workbench(catalogue.Value, generator, reader, timestamp, options, documents.Value);
    }
}
