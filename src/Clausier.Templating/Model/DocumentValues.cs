using System.Globalization;
using Clausier.Core.Annex;
using Scriban.Runtime;

namespace Clausier.Templating.Model;

/// <summary>
/// The template's <c>document</c> object (docs/templates.md): templates assign the title, subject,
/// header and footer there, and the values go to the Word writer as they are. Front matter written by
/// a template would be YAML built from buyer text, and a quote in a subject would break it.
/// </summary>
internal static class DocumentValues
{
    public const string Name = "document";

    public static ScriptObject Create() => new()
    {
        ["title"] = null,
        ["subject"] = null,
        ["header"] = null,
        ["footer"] = null,
        ["language"] = null,
    };

    public static AnnexDocumentSettings Read(ScriptObject model)
    {
        if (model[Name] is not ScriptObject document)
        {
            return AnnexDocumentSettings.None;
        }

        return new AnnexDocumentSettings(
            Text(document, "title"),
            Text(document, "subject"),
            Text(document, "header"),
            Text(document, "footer"),
            Text(document, "language"));
    }

    private static string? Text(ScriptObject document, string key) =>
        document.TryGetValue(key, out var value) && value is not null ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
}
