using Clausier.Core.Diagnostics;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Clausier.Web.Hosting;

/// <summary>The messages model binding shows next to a field whose value cannot be read (a date typed by hand), in French.</summary>
internal static class FrenchBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => French("CLZ6110.invalid-value", value));
        messages.SetValueIsInvalidAccessor(value => French("CLZ6110.invalid-value", value));
        messages.SetValueMustBeANumberAccessor(_ => French("CLZ6110.number"));
        messages.SetMissingBindRequiredValueAccessor(_ => French("CLZ6110.required"));
        messages.SetMissingKeyOrValueAccessor(() => French("CLZ6110.required"));
        messages.SetMissingRequestBodyRequiredValueAccessor(() => French("CLZ6110.empty-form"));
        messages.SetValueMustNotBeNullAccessor(_ => French("CLZ6110.required"));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => French("CLZ6110.invalid-value", value));
        messages.SetUnknownValueIsInvalidAccessor(_ => French("CLZ6110.invalid"));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => French("CLZ6110.invalid"));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => French("CLZ6110.number"));
    }

    private static string French(string key, params object?[] args) => MessageCatalogue.Format(key, args).French;
}
