using Clausier.Core.Text;
using Clausier.Word.Markdown.FormFields;
using Markdig.Extensions.CustomContainers;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clausier.Word.Markdown;

/// <summary>
/// Applies <see cref="FrenchTypography"/> to the annex's prose, on the parsed document: literal text
/// only, so code spans, links, autolinks and answer controls are never changed, and Markdown syntax is
/// never rewritten. Neighbouring pieces of text (a soft line break, an escaped character) are read
/// together, so a colon at the start of a line still gets its no-break space.
/// </summary>
internal static class TypographyPass
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is { } inline && !InAnswers(block) && !inline.Descendants<FormFieldInline>().Any())
            {
                Apply(inline);
            }
        }
    }

    private static void Apply(ContainerInline container)
    {
        var run = new List<Inline>();
        foreach (var child in container.ToList())
        {
            if (child is LiteralInline || child is LineBreakInline { IsHard: false })
            {
                run.Add(child);
                continue;
            }

            Rewrite(run);
            run.Clear();
            if (child is ContainerInline inner and not LinkInline)
            {
                Apply(inner);
            }
        }

        Rewrite(run);
    }

    /// <summary>Rewrites a run of literals and soft breaks (read as one space) as one text, then cuts it back in place.</summary>
    private static void Rewrite(List<Inline> run)
    {
        if (run.Count == 0)
        {
            return;
        }

        var pieces = run.Select(i => i is LiteralInline literal ? literal.Content.ToString() : " ").ToList();
        var text = string.Concat(pieces);
        var result = FrenchTypography.Apply(text);
        if (ReferenceEquals(result, text) || result == text)
        {
            return;
        }

        var offset = 0;
        for (var i = 0; i < run.Count; i++)
        {
            var length = pieces[i].Length;
            var changed = result.Substring(offset, length);
            offset += length;
            if (changed == pieces[i])
            {
                continue;
            }

            if (run[i] is LiteralInline literal)
            {
                literal.Content = new StringSlice(changed);
            }
            else
            {
                // A soft break is written as a space; one that must not break becomes that character.
                run[i].ReplaceBy(new LiteralInline(changed) { Line = run[i].Line, Column = run[i].Column, Span = run[i].Span });
            }
        }
    }

    private static bool InAnswers(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CustomContainer container && AnnexContainer.KindOf(container) == AnnexContainerKind.Answers)
            {
                return true;
            }
        }

        return false;
    }
}
