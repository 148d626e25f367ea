using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Clausier.Templating.Loading;

/// <summary>
/// Resolves <c>include</c> names inside the template folder only: templates are edited by legal
/// teams and may be shared between buyers, so an include must never read another file.
/// </summary>
internal sealed class FolderTemplateLoader(string root) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(root);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (Path.IsPathRooted(templateName) || templateName.Contains("..", StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': only files of the template folder can be included, by a relative name.");
        }

        var path = Path.GetFullPath(Path.Combine(_root, templateName));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': no such file in the template folder.");
        }

        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
