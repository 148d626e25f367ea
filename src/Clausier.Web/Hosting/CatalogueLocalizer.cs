using Clausier.Core.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Clausier.Web.Hosting;

/// <summary>
/// Gives the validation attributes of the forms their French text from the <see cref="MessageCatalogue"/>:
/// an attribute's <c>ErrorMessage</c> is a template key (<c>CLZ6110.required</c>), and the arguments
/// after the field's name (a maximum length…) fill it, as many as the template takes.
/// </summary>
internal sealed class CatalogueLocalizer : IStringLocalizer
{
    public static CatalogueLocalizer Instance { get; } = new();

    public LocalizedString this[string name] => this[name, []];

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            if (!MessageCatalogue.Templates.TryGetValue(name, out var template))
            {
                return new LocalizedString(name, name, resourceNotFound: true);
            }

            var count = MessageCatalogue.ArgumentCount(template);
            return new LocalizedString(name, MessageCatalogue.Format(name, [.. arguments.Skip(1).Take(count)]).French);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        MessageCatalogue.Templates.Select(t => new LocalizedString(t.Key, t.Value.French));
}
