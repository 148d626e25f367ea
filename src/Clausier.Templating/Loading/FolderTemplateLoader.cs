using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Clausier.Templating.Loading;

/// <summary>
/// Resolves <c>include</c> names inside the template folder only: templates are edited by legal
/// teams and may be shared between buyers, so an include must never read another file. A name
/// resolves to a real path (links followed) among the files the set loaded within its bounds, and
/// nothing is read from disk at render time.
/// </summary>
/// <remarks>
/// One loader serves every render of its set, on any thread: a name is resolved on its first include
/// and kept (an include inside a loop over the points would otherwise look the path up on disk, link by
/// link, for every point of every annex). What it resolves to is always one of the files loaded.
/// </remarks>
internal sealed class FolderTemplateLoader(string root, IReadOnlySet<string> loaded) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(root);
    private const int MaxResolved = 256;

    private readonly ConcurrentDictionary<string, string> _resolved = new(StringComparer.Ordinal);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (_resolved.TryGetValue(templateName, out var known))
        {
            return known;
        }

        if (Path.IsPathRooted(templateName) || templateName.Contains("..", StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': only files of the template folder can be included, by a relative name.");
        }

        var path = Path.GetFullPath(Path.Combine(_root, templateName));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': no such file in the template folder.");
        }

        var real = RealPath.Of(path);
        if (!loaded.Contains(real))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': only the *.sbn-md files of the template folder can be included, and this one leads elsewhere.");
        }

        // Names may be computed by a template: only so many spellings are kept.
        if (_resolved.Count < MaxResolved)
        {
            _resolved.TryAdd(templateName, real);
        }

        return real;
    }

    // Every includable file is in the context's cache already; reaching here means it is not one.
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"include: {Path.GetFileName(templatePath)} is not a template of the folder.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
