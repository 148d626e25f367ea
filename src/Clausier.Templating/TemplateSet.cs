using Clausier.Core.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Clausier.Templating.Loading;

namespace Clausier.Templating;

/// <summary>
/// A folder of Scriban templates producing annex Markdown. The entry point is <see cref="MainFile"/>;
/// other files are included from it. Parsed once, rendered many times.
/// </summary>
public sealed class TemplateSet
{
    public const string MainFile = "annexe.sbn-md";

    private TemplateSet(string folder, string name, Template main, IReadOnlyDictionary<string, Template> byFullPath, string mainFile)
    {
        Folder = folder;
        Name = name;
        Main = main;
        ByFullPath = byFullPath;
        Loader = new FolderTemplateLoader(folder, byFullPath.Keys.ToHashSet(StringComparer.Ordinal));
        MainPath = DisplayPath(Path.Combine(folder, mainFile));
    }

    public string Folder { get; }

    /// <summary>The main template's path as diagnostics print it (see <see cref="DisplayPath"/>).</summary>
    public string MainPath { get; }

    /// <summary>Name recorded in the annex manifest: the folder name.</summary>
    public string Name { get; }

    internal Template Main { get; }

    /// <summary>Every file of the set, parsed, by the full path the include loader resolves it to.</summary>
    internal IReadOnlyDictionary<string, Template> ByFullPath { get; }

    /// <summary>Resolves this set's includes, for all its renders.</summary>
    internal FolderTemplateLoader Loader { get; }

    public static Result<TemplateSet> Load(string folder) => Load(folder, MainFile, TemplateLimits.Default);

    /// <param name="limits">Their size caps and time limit bound the loading (<see cref="TemplateFiles"/>).</param>
    public static Result<TemplateSet> Load(string folder, TemplateLimits limits) => Load(folder, MainFile, limits);

    /// <param name="mainFile">The entry point, e.g. <c>grille.sbn-md</c> for the scoring grid, <c>rapport-analyse.sbn-md</c> for the report.</param>
    public static Result<TemplateSet> Load(string folder, string mainFile) => Load(folder, mainFile, TemplateLimits.Default);

    /// <inheritdoc cref="Load(string, string)" path="/param[@name='mainFile']"/>
    /// <inheritdoc cref="Load(string, TemplateLimits)" path="/param[@name='limits']"/>
    public static Result<TemplateSet> Load(string folder, string mainFile, TemplateLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var main = Path.Combine(folder, mainFile);
        if (!File.Exists(main))
        {
            return new Result<TemplateSet>(null, [Diagnostic.Of(DiagnosticSeverity.Error, "CLZ2001", new FileLocation(DisplayPath(folder)), mainFile)]);
        }

        var diagnostics = new List<Diagnostic>();
        var files = TemplateFiles.Read(folder, limits, diagnostics);
        if (files is null)
        {
            return new Result<TemplateSet>(null, diagnostics);
        }

        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (realPath, display, text) in files)
        {
            var template = Template.Parse(text, display);
            diagnostics.AddRange(ParseMessages(template));
            parsed[realPath] = template;
        }

        var name = new DirectoryInfo(folder).Name;
        return new Result<TemplateSet>(diagnostics.Count == 0 && parsed.TryGetValue(RealPath.Of(main), out var entry)
            ? new TemplateSet(folder, name, entry, parsed, mainFile) : null, diagnostics);
    }

    internal static IEnumerable<Diagnostic> ParseMessages(Template template) =>
        template.Messages.Select(m => Diagnostic.Of(m.Type == ParserMessageType.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            "CLZ2002", Location(m.Span), m.Message));

    /// <summary>Where a Scriban span is: included files are named by the loader with full paths, the main one as given; both are printed alike.</summary>
    internal static TextLocation Location(SourceSpan span) =>
        new(string.IsNullOrEmpty(span.FileName) ? "" : DisplayPath(span.FileName), Math.Max(0, span.Start.Line), Math.Max(0, span.Start.Column));

    /// <summary>
    /// A template path as diagnostics print it: relative to the current directory when the file is under
    /// it, absolute otherwise, whichever way the folder was given.
    /// </summary>
    public static string DisplayPath(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
