using Clausier.Core.CisoAssistant;
using Clausier.Core.Diagnostics;
using Clausier.Core.Import;
using Clausier.Core.Model;

namespace Clausier.Analysis.CisoAssistant;

/// <summary>Which framework an answers export lands on (docs/ciso-assistant.md).</summary>
public static class ExportTarget
{
    /// <summary>The published <c>clausier-sante-v2</c> library a hospital loads from CISO Assistant's catalogue: the default.</summary>
    public const string Published = "published";

    /// <summary>The library <c>clausier catalogue export --format ciso-assistant</c> writes.</summary>
    public const string Own = "clausier-docs";

    /// <summary>
    /// <paramref name="framework"/> is <see cref="Published"/>, <see cref="Own"/> or the path of any CISO
    /// Assistant library file, whose own URNs are then used. The first two take their nodes from
    /// <paramref name="catalogue"/>.
    /// </summary>
    public static Result<FrameworkOutline> Resolve(string? framework, Catalogue catalogue) => framework switch
    {
        null or Published => new Result<FrameworkOutline>(CatalogueFramework.Published(catalogue), []),
        Own => new Result<FrameworkOutline>(CatalogueFramework.Own(catalogue), []),
        _ when File.Exists(framework) => FromLibrary(framework),
        _ => new Result<FrameworkOutline>(null,
            [Diagnostic.Of(DiagnosticSeverity.Error, "CLZ8002.unknown", new FileLocation(framework), framework, Published, Own)]),
    };

    private static Result<FrameworkOutline> FromLibrary(string path)
    {
        var read = CisoAssistantImporter.ReadOutline(path);
        if (read.Value is { } outline && !outline.Nodes.Any(n => n.Assessable))
        {
            return new Result<FrameworkOutline>(null, [.. read.Diagnostics,
                Diagnostic.Of(DiagnosticSeverity.Error, "CLZ8002.nothing-assessable", new FileLocation(path))]);
        }

        return read;
    }
}
