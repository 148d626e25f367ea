using System.Collections.Concurrent;
using System.Globalization;
using Clausier.Core.Model;
using Clausier.Forms;
using Clausier.Pipeline;
using Clausier.Pipeline.Evaluation;
using Clausier.Templating;
using Clausier.Word;

namespace Clausier.Web.Services;

/// <summary>
/// The libraries the pages call, loaded once when the server starts: the catalogue, the annex and
/// evaluation templates, and the annex reader bounded by the upload limits. A buyer's download carries
/// the real date, so the annex generator and the evaluation documents' writer are made for the day a
/// page asks them for (and kept for that day); the date is fixed only when the options or
/// <c>SOURCE_DATE_EPOCH</c> fix it.
/// </summary>
public sealed class Workbench
{
    private readonly TemplateSet _templates;
    private readonly EvaluationDocuments _documents;
    private readonly ConcurrentDictionary<DateTimeOffset, Lazy<AnnexGenerator>> _generators = new();
    private readonly ConcurrentDictionary<DateTimeOffset, Lazy<EvaluationDocuments>> _datedDocuments = new();

    private Workbench(Catalogue catalogue, TemplateSet templates, EvaluationDocuments documents, AnnexReader reader, DateTimeOffset? fixedTimestamp,
        WebServerOptions options, TimeProvider clock)
    {
        Catalogue = catalogue;
        _templates = templates;
        _documents = documents;
        Reader = reader;
        FixedTimestamp = fixedTimestamp;
        Options = options;
        Clock = clock;
    }

    public Catalogue Catalogue { get; }

    public AnnexReader Reader { get; }

    /// <summary>The date every download carries when the options or <c>SOURCE_DATE_EPOCH</c> set one; null for the real date.</summary>
    public DateTimeOffset? FixedTimestamp { get; }

    public WebServerOptions Options { get; }

    public TimeProvider Clock { get; }

    /// <summary>Today at midnight UTC, the date a download made now carries, or the fixed date.</summary>
    public DateTimeOffset Today()
    {
        if (FixedTimestamp is { } fixedTimestamp)
        {
            return fixedTimestamp;
        }

        var now = Clock.GetUtcNow();
        return new DateTimeOffset(now.Year, now.Month, now.Day, 0, 0, 0, TimeSpan.Zero);
    }

    /// <summary>The generator writing <paramref name="timestamp"/> into its documents; the one of an earlier day is dropped.</summary>
    public AnnexGenerator Generator(DateTimeOffset timestamp) =>
        ForDay(_generators, timestamp, t => new AnnexGenerator(Catalogue, _templates, WordOptions.Default with
        {
            Timestamp = t,
            Description = FixedTimestamp is null
                ? $"Produit par clausier serve ; date du document : celle du jour du téléchargement ({t.ToString("dd/MM/yyyy", CultureInfo.GetCultureInfo("fr-FR"))})."
                : null,
        }, TemplateLimits.Default));

    /// <summary>
    /// The analysis report and letter templates of <c>clausier evaluate</c>, writing <paramref name="timestamp"/> into their
    /// documents: the templates read when the server started, with the writer of that day.
    /// </summary>
    public EvaluationDocuments Documents(DateTimeOffset timestamp) =>
        ForDay(_datedDocuments, timestamp, t => _documents.With(WordOptions.Default with { Timestamp = t }));

    /// <summary>Loads the catalogue and templates; throws when they cannot be read, as the server has nothing to serve then.</summary>
    public static Workbench Load(WebServerOptions options, TimeProvider? clock = null)
    {
        var catalogue = CatalogueSource.Load(options.Catalogue);
        var templates = TemplateSet.Load(BuiltIn.TemplateFolder);
        if (catalogue.Value is null || catalogue.HasErrors || templates.Value is null)
        {
            var problems = catalogue.Diagnostics.Concat(templates.Diagnostics).Where(d => d.IsError);
            throw new InvalidOperationException("The catalogue or the templates cannot be loaded:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        var fixedTimestamp = options.Timestamp
            ?? (Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is { Length: > 0 } ? Timestamps.FromEnvironment() : null);
        var reader = new AnnexReader(ReaderLimits.Default with { MaxPackageBytes = options.MaxFileBytes });
        var documents = EvaluationDocuments.Load(BuiltIn.EvaluationTemplateFolder, WordOptions.Default);
        if (documents.Value is null)
        {
            throw new InvalidOperationException("The evaluation templates cannot be loaded:" + Environment.NewLine + string.Join(Environment.NewLine, documents.Diagnostics));
        }

        return new Workbench(catalogue.Value, templates.Value, documents.Value, reader, fixedTimestamp, options, clock ?? TimeProvider.System);
    }

    /// <summary>What is made for <paramref name="timestamp"/>, made once; what was made for another day is dropped, as the date moves on.</summary>
    private static T ForDay<T>(ConcurrentDictionary<DateTimeOffset, Lazy<T>> made, DateTimeOffset timestamp, Func<DateTimeOffset, T> make)
    {
        foreach (var old in made.Keys.Where(k => k != timestamp))
        {
            made.TryRemove(old, out _);
        }

        return made.GetOrAdd(timestamp, t => new Lazy<T>(() => make(t))).Value;
    }
}
