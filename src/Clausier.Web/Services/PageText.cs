using Clausier.Core.Diagnostics;

namespace Clausier.Web.Services;

/// <summary>What a page says, in French, from the <see cref="MessageCatalogue"/>: the pages hold no text of their own for an error.</summary>
public static class PageText
{
    /// <summary>The French of the template <paramref name="key"/>.</summary>
    public static string Of(string key, params object?[] args) => MessageCatalogue.Format(key, args).French;

    /// <summary>A diagnostic as the buyer reads it: where, then the French message (the id is shown beside it).</summary>
    public static string French(Diagnostic diagnostic) =>
        diagnostic.Location is null ? diagnostic.French : $"{diagnostic.Location}\u00A0: {diagnostic.French}";
}
