using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Clausier.Web.Hosting;

/// <summary>The messages model binding shows next to a field whose value cannot be read (a date typed by hand), in French.</summary>
internal static class FrenchBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"« {value} » n'est pas une valeur valable ici.");
        messages.SetValueIsInvalidAccessor(value => $"« {value} » n'est pas une valeur valable ici.");
        messages.SetValueMustBeANumberAccessor(_ => "Indiquez un nombre.");
        messages.SetMissingBindRequiredValueAccessor(_ => "Cette valeur est obligatoire.");
        messages.SetMissingKeyOrValueAccessor(() => "Cette valeur est obligatoire.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Le formulaire est vide.");
        messages.SetValueMustNotBeNullAccessor(_ => "Cette valeur est obligatoire.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"« {value} » n'est pas une valeur valable ici.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "Cette valeur n'est pas valable.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Cette valeur n'est pas valable.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Indiquez un nombre.");
    }
}
