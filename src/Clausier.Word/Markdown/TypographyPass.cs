using Clausier.Core.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Clausier.Word.Markdown;

/// <summary>
/// Applies <see cref="FrenchTypography"/> to the annex's prose through <see cref="MarkdownTypography"/>,
/// leaving out what belongs to the candidate: answer tables and any paragraph holding a form field.
/// </summary>
internal static class TypographyPass
{
    public static void Apply(MarkdownDocument document) => ApplyBlocks(document);

    /// <summary>Every leaf block under <paramref name="container"/> but those of answer tables and those holding a field.</summary>
    private static void ApplyBlocks(ContainerBlock container)
    {
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case LeafBlock { Inline: { } inline } when !MarkdownWalk.AnyField(inline):
                    MarkdownTypography.Apply(inline);
                    break;
                case CustomContainer answers when AnnexContainer.KindOf(answers) == AnnexContainerKind.Answers:
                    break;
                case ContainerBlock nested:
                    ApplyBlocks(nested);
                    break;
            }
        }
    }
}
