using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Clausier.Web.Hosting;

/// <summary>
/// Ties a field in error to its message for screen readers: the field gets <c>aria-invalid</c> and
/// <c>aria-describedby</c> naming the message, the message an id (<c>…-erreur</c>). Runs after the
/// built-in tag helpers, which give the field its id and the message its text.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
[HtmlTargetElement("span", Attributes = ValidationForAttribute)]
public sealed class ValidationAriaTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";
    private const string ValidationForAttribute = "asp-validation-for";

    public override int Order => 1000;

    [HtmlAttributeName(ForAttribute)]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression? For { get; set; }

    [HtmlAttributeName(ValidationForAttribute)]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression? ValidationFor { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public static string MessageId(string name) => TagBuilder.CreateSanitizedId(name, "_") + "-erreur";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (ValidationFor is { } validation)
        {
            if (output.Attributes.ContainsName("id"))
            {
                return;
            }

            output.Attributes.SetAttribute("id", MessageId(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(validation.Name)));
            return;
        }

        if (For is null)
        {
            return;
        }

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            output.Attributes.SetAttribute("aria-describedby", MessageId(name));
        }
    }
}
