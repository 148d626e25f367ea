using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Clausier.Core.CisoAssistant;
using Clausier.Core.Diagnostics;
using Clausier.Core.Linting;
using Clausier.Core.Model;
using Clausier.Core.Writing;

namespace Clausier.Core.Import;

/// <summary>
/// Imports a framework library in the YAML format of the open-source GRC tool CISO Assistant
/// (<c>objects.framework.requirement_nodes</c>) into the same model the Markdown loader produces,
/// so that every command can take either form. Mapping rules and limits: docs/import.md.
/// </summary>
public static partial class CisoAssistantImporter
{
    private const int MaxPerId = 100;

    /// <summary>Whether a command-line path names a library file rather than a Markdown catalogue folder.</summary>
    public static bool IsLibraryFile(string path) =>
        !Directory.Exists(path)
        && (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads the library at <paramref name="path"/>. Never throws on bad content: the value is null
    /// only when nothing could be imported (missing, oversized, not YAML, not a library), and every
    /// problem is a diagnostic located in the file.
    /// </summary>
    public static Result<Catalogue> Load(string path, ImportOptions? options = null)
    {
        options ??= ImportOptions.Default;
        var diagnostics = new DiagnosticBag();
        var document = ReadDocument(path, options, diagnostics);
        if (document is null)
        {
            return new Result<Catalogue>(null, InFileOrder(diagnostics.Items));
        }

        var catalogue = Build(document, path, options, diagnostics);
        diagnostics.AddRange(CatalogueLinter.Lint(catalogue));
        return new Result<Catalogue>(catalogue, InFileOrder(diagnostics.Items));
    }

    /// <summary>
    /// The library's framework as CISO Assistant holds it (URNs, ref_ids, depth, texts), for an export
    /// that must land on that very framework. Same limits and diagnostics as <see cref="Load"/>.
    /// </summary>
    public static Result<FrameworkOutline> ReadOutline(string path)
    {
        var diagnostics = new DiagnosticBag();
        var document = ReadDocument(path, ImportOptions.Default, diagnostics);
        if (document is null)
        {
            return new Result<FrameworkOutline>(null, InFileOrder(diagnostics.Items));
        }

        var nodes = document.Nodes.Select(n => new FrameworkNode(n.Urn, n.RefId, n.Name, n.Description, n.TypicalEvidence, n.Depth ?? 1,
            n.ParentUrn, n.Assessable, n.Annotation, n.Question, n.ImplementationGroups, n.Importance)).ToList();
        var name = document.OfFramework("name") ?? document.Library("name") ?? Path.GetFileNameWithoutExtension(path);
        return new Result<FrameworkOutline>(new FrameworkOutline(document.OfFramework("urn") ?? "", name, nodes), InFileOrder(diagnostics.Items));
    }

    private static LibraryDocument? ReadDocument(string path, ImportOptions options, DiagnosticBag diagnostics)
    {
        LibraryDocument? document;
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1301", new FileLocation(path));
                return null;
            }

            // Checked before opening: a parser must never see a file larger than the limit.
            if (file.Length > options.MaxFileBytes)
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1302", new FileLocation(path), Size(file.Length), Size(options.MaxFileBytes));
                return null;
            }

            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            document = LibraryReader.Read(reader, path, diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1301.unreadable", new FileLocation(path), MessageText.Reason(ex));
            return null;
        }

        return document;
    }

    private static Catalogue Build(LibraryDocument document, string path, ImportOptions options, DiagnosticBag diagnostics)
    {
        var tree = LibraryTree.Build(document.Nodes, diagnostics);
        var name = document.Library("name") ?? document.OfFramework("name") ?? document.Library("ref_id") ?? Path.GetFileNameWithoutExtension(path);
        var edition = Edition(document, options, path, diagnostics);
        var repair = options.RepairHyphenation
            ? new HyphenationRepair(document.Nodes.SelectMany(n => new[] { n.Name, n.Description, n.TypicalEvidence }).OfType<string>())
            : null;
        var builder = new CatalogueBuilder(tree, options, edition ?? 0, document.OfFramework("name") ?? name, repair,
            document.ImplementationGroups, diagnostics);
        var sections = builder.Build();
        var points = sections.Sum(s => s.AllPoints().Count());
        if (points == 0)
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1318.no-point", new FileLocation(path));
        }
        else if (document.ImplementationGroups.Count == 0)
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1320", new FileLocation(path), points);
        }

        return new Catalogue(CatalogueId(document, options, path, diagnostics), name, document.Library("version") ?? "1",
            edition?.ToString(CultureInfo.InvariantCulture) ?? "", Source(document, name), document.Library("copyright"), path, [],
            document.ImplementationGroups, sections,
            builder.Importances.Count == 0 ? null : Evaluation.ImportanceRules.None with { Points = builder.Importances });
    }

    private static int? Edition(LibraryDocument document, ImportOptions options, string path, DiagnosticBag diagnostics)
    {
        if (options.Edition is { } forced)
        {
            return forced;
        }

        foreach (var text in new[] { document.Library("publication_date"), document.Library("version") })
        {
            if (text is not null && Year().Match(text) is { Success: true } year)
            {
                return int.Parse(year.Value, CultureInfo.InvariantCulture);
            }
        }

        diagnostics.Report(DiagnosticSeverity.Error, "CLZ1319", new FileLocation(path));
        return null;
    }

    private static string CatalogueId(LibraryDocument document, ImportOptions options, string path, DiagnosticBag diagnostics)
    {
        if (options.CatalogueId is { } forced)
        {
            if (!IdentifierPattern().IsMatch(forced))
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1307.catalogue-id", null, forced);
            }

            return forced;
        }

        var urn = document.Library("urn");
        var basis = urn is not null ? urn[(urn.LastIndexOf(':') + 1)..] : document.Library("ref_id") ?? Path.GetFileNameWithoutExtension(path);
        var slug = SectionFileNames.Slug(basis);
        return slug.Length == 0 ? "import" : char.IsAsciiLetter(slug[0]) ? slug : "lib-" + slug;
    }

    /// <summary>Provenance shown on annexes: framework, publisher, library URN, version and date.</summary>
    private static string Source(LibraryDocument document, string name)
    {
        var source = new StringBuilder(name);
        if (document.Library("provider") is { } provider)
        {
            source.Append(", publié par ").Append(provider);
        }

        source.Append(" ; bibliothèque CISO Assistant");
        if (document.Library("urn") is { } urn)
        {
            source.Append(' ').Append(urn);
        }

        if (document.Library("version") is { } version)
        {
            source.Append(", version ").Append(version);
        }

        if (document.Library("publication_date") is { } date)
        {
            source.Append(" du ").Append(date);
        }

        if (document.Library("packager") is { } packager)
        {
            source.Append(", préparée par ").Append(packager);
        }

        return source.ToString();
    }

    /// <summary>
    /// Top to bottom in the file, so that users fix problems in reading order; file-wide ones first.
    /// A hostile file can repeat one fault thousands of times: past <see cref="MaxPerId"/> of one id,
    /// a single line counts the rest.
    /// </summary>
    private static List<Diagnostic> InFileOrder(IEnumerable<Diagnostic> diagnostics)
    {
        var ordered = diagnostics.OrderBy(d => (d.Location as TextLocation)?.Line ?? -1).ThenBy(d => (d.Location as TextLocation)?.Column ?? -1).ToList();
        var kept = new List<Diagnostic>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in ordered)
        {
            counts[diagnostic.Id] = counts.GetValueOrDefault(diagnostic.Id) + 1;
            if (counts[diagnostic.Id] <= MaxPerId)
            {
                kept.Add(diagnostic);
            }
            else if (counts[diagnostic.Id] == MaxPerId + 1)
            {
                var more = ordered.Count(d => d.Id == diagnostic.Id) - MaxPerId;
                var text = MessageCatalogue.Format("more-like-this", more, diagnostic.Id, MaxPerId, new MessageText(diagnostic.Message, diagnostic.French));
                kept.Add(diagnostic with { Message = text.English, MessageFr = text.French });
            }
        }

        return kept;
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB");

    [GeneratedRegex(@"^\d{4}(?=$|-)")]
    private static partial Regex Year();

    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    private static partial Regex IdentifierPattern();
}
