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

    private TemplateSet(string folder, string name, Template main)
    {
        Folder = folder;
        Name = name;
        Main = main;
    }

    public string Folder { get; }

    /// <summary>Name recorded in the annex manifest: the folder name.</summary>
    public string Name { get; }

    internal Template Main { get; }

    public static Result<TemplateSet> Load(string folder)
    {
        var main = Path.Combine(folder, MainFile);
        if (!File.Exists(main))
        {
            return new Result<TemplateSet>(null, [Diagnostic.Error(TemplateDiagnosticIds.MissingMain, $"The template folder has no {MainFile}.", new FileLocation(folder))]);
        }

        var diagnostics = new List<Diagnostic>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.sbn-md").Order(StringComparer.Ordinal))
        {
            diagnostics.AddRange(ParseMessages(Template.Parse(File.ReadAllText(file), DisplayPath(file))));
        }

        var template = Template.Parse(File.ReadAllText(main), DisplayPath(main));
        var name = new DirectoryInfo(folder).Name;
        return new Result<TemplateSet>(diagnostics.Count == 0 ? new TemplateSet(folder, name, template) : null, diagnostics);
    }

    internal static IEnumerable<Diagnostic> ParseMessages(Template template) =>
        template.Messages.Select(m => new Diagnostic(TemplateDiagnosticIds.Syntax,
            m.Type == ParserMessageType.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            m.Message, Location(m.Span)));

    internal static TextLocation Location(SourceSpan span) =>
        new(span.FileName ?? "", Math.Max(0, span.Start.Line), Math.Max(0, span.Start.Column));

    private static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
