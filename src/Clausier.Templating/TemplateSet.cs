using Clausier.Core.Diagnostics;
using Scriban;
using Scriban.Parsing;

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

    public static Result<TemplateSet> Load(string folder) => Load(folder, MainFile);

    /// <param name="mainFile">The entry point, e.g. <c>grille.sbn-md</c> for the scoring grid, <c>rapport-analyse.sbn-md</c> for the report.</param>
    public static Result<TemplateSet> Load(string folder, string mainFile)
    {
        var main = Path.Combine(folder, mainFile);
        if (!File.Exists(main))
        {
            return new Result<TemplateSet>(null, [Diagnostic.Error(TemplateDiagnosticIds.MissingMain, $"The template folder has no {mainFile}.", new FileLocation(DisplayPath(folder)))]);
        }

        var diagnostics = new List<Diagnostic>();
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.sbn-md").Order(StringComparer.Ordinal))
        {
            var template = Template.Parse(File.ReadAllText(file), DisplayPath(file));
            diagnostics.AddRange(ParseMessages(template));
            parsed[Path.GetFullPath(file)] = template;
        }

        var name = new DirectoryInfo(folder).Name;
        return new Result<TemplateSet>(diagnostics.Count == 0 ? new TemplateSet(folder, name, parsed[Path.GetFullPath(main)], parsed, mainFile) : null, diagnostics);
    }

    internal static IEnumerable<Diagnostic> ParseMessages(Template template) =>
        template.Messages.Select(m => new Diagnostic(TemplateDiagnosticIds.Syntax,
            m.Type == ParserMessageType.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            m.Message, Location(m.Span)));

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
