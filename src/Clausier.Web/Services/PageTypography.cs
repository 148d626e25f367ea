using Clausier.Core.Text;

namespace Clausier.Web.Services;

/// <summary>
/// Catalogue text shown on the pages gets the French typography the annex gives it, so the buyer reads
/// what candidates will read. Only for catalogue content: what a buyer typed is shown as typed.
/// </summary>
public static class PageTypography
{
    public static string Fr(string? text) => string.IsNullOrEmpty(text) ? text ?? "" : FrenchTypography.Apply(text);
}
