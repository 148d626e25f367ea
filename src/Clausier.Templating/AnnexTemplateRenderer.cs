using Clausier.Core.Diagnostics;
using Clausier.Core.Selection;
using Clausier.Templating.Model;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Clausier.Templating;

/// <summary>Renders a <see cref="TemplateSet"/> for one annex selection into annex Markdown.</summary>
public sealed class AnnexTemplateRenderer(TemplateLimits limits)
{
    public Result<string> Render(TemplateSet templates, AnnexSelection selection) =>
        RenderAnnex(templates, selection) is var result && result.Value is { } annex
            ? new Result<string>(annex.Markdown, result.Diagnostics)
            : new Result<string>(null, result.Diagnostics);

    /// <summary>The annex Markdown and the document values (title, header…) the template set, as values.</summary>
    public Result<RenderedAnnex> RenderAnnex(TemplateSet templates, AnnexSelection selection) =>
        Run(templates, TemplateModelBuilder.Build(selection, templates.Name), ExpectedLength(selection));

    /// <summary>
    /// Room for an annex's Markdown, from its number of points: written into one buffer, it is neither
    /// regrown piece by piece nor copied again when Scriban empties its output after rendering (it does so
    /// by reallocating a builder of several pieces). A longer annex only grows the buffer as before.
    /// </summary>
    private static int ExpectedLength(AnnexSelection selection) => 16 * 1024 + (1536 * selection.Points.Count());

    /// <summary>Renders a template set over a model of its own (the scoring grid, the analysis report, a letter).</summary>
    /// <param name="model">Explicit script objects only (docs/templates.md); <c>md_escape</c> is added to it.</param>
    public Result<string> Render(TemplateSet templates, Scriban.Runtime.ScriptObject model) =>
        Run(templates, model) is var result && result.Value is { } annex
            ? new Result<string>(annex.Markdown, result.Diagnostics)
            : new Result<string>(null, result.Diagnostics);

    /// <summary>As <see cref="Render(TemplateSet, Scriban.Runtime.ScriptObject)"/>, with the document values (title, header…) the template set.</summary>
    public Result<RenderedAnnex> RenderDocument(TemplateSet templates, Scriban.Runtime.ScriptObject model) => Run(templates, model);

    private Result<RenderedAnnex> Run(TemplateSet templates, Scriban.Runtime.ScriptObject model, int expectedLength = 0)
    {
        using var timeout = new CancellationTokenSource(limits.TimeLimit);
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = limits.LoopLimit,
            RecursiveLimit = limits.RecursionLimit,
            OutputLimit = limits.OutputLimit,
            LimitToString = 100_000,
            ObjectRecursionLimit = 64,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            TemplateLoader = templates.Loader,
            CancellationToken = timeout.Token,
            MemberFilter = _ => false,
            NewLine = "\n",
        };
        foreach (var (path, template) in templates.ByFullPath)
        {
            // Includes are parsed once with the set, not on every render.
            context.CachedTemplates[path] = template;
        }

        if (expectedLength > 0)
        {
            context.PushOutput(new StringBuilderOutput(new StringBuilder(expectedLength)));
        }

        TemplateModelBuilder.AddFunctions(model);
        context.PushGlobal(model);
        try
        {
            var markdown = templates.Main.Render(context);
            return new Result<RenderedAnnex>(new RenderedAnnex(markdown, DocumentValues.Read(model)), []);
        }
        catch (ScriptRuntimeException) when (timeout.IsCancellationRequested)
        {
            return Failure("CLZ2005", new FileLocation(TemplateSet.DisplayPath(templates.Folder)), limits.TimeLimit.TotalSeconds);
        }
        catch (ScriptRuntimeException ex)
        {
            var key = ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) ? "CLZ2004" : "CLZ2003";
            return Failure(key, TemplateSet.Location(ex.Span), ex.OriginalMessage);
        }
        catch (OperationCanceledException)
        {
            return Failure("CLZ2005", new FileLocation(TemplateSet.DisplayPath(templates.Folder)), limits.TimeLimit.TotalSeconds);
        }
    }

    private static Result<RenderedAnnex> Failure(string key, SourceLocation location, params object?[] args) =>
        new(null, [Diagnostic.Of(DiagnosticSeverity.Error, key, location, args)]);
}
