using Clausier.Word.Markdown.FormFields;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clausier.Word.Markdown;

/// <summary>
/// Depth-first searches of a parsed annex. Markdig's <c>Descendants</c> nests one iterator per level
/// and visits inlines it is not asked for, which made planning the table of contents and checking each
/// table row for fields a visible part of writing an annex.
/// </summary>
internal static class MarkdownWalk
{
    /// <summary>The blocks of type <typeparamref name="T"/> under <paramref name="root"/>, in document order.</summary>
    public static List<T> Blocks<T>(ContainerBlock root)
        where T : Block
    {
        var found = new List<T>();
        Collect(root, found);
        return found;
    }

    /// <summary>Whether a form field under <paramref name="root"/> satisfies <paramref name="match"/>.</summary>
    /// <remarks>Not generic: a type test against a shared generic parameter goes through a slow runtime helper, on every inline of every table.</remarks>
    public static bool AnyField(Block root, Func<FormFieldInline, bool> match)
    {
        if (root is LeafBlock { Inline: { } inline })
        {
            return AnyField(inline, match);
        }

        if (root is ContainerBlock container)
        {
            for (var i = 0; i < container.Count; i++)
            {
                if (AnyField(container[i], match))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether any form field lies under <paramref name="root"/>.</summary>
    public static bool AnyField(ContainerInline root)
    {
        for (var child = root.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is FormFieldInline || (child is ContainerInline nested && AnyField(nested)))
            {
                return true;
            }
        }

        return false;
    }

    private static void Collect<T>(ContainerBlock container, List<T> found)
        where T : Block
    {
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            if (block is T match)
            {
                found.Add(match);
            }

            if (block is ContainerBlock nested)
            {
                Collect(nested, found);
            }
        }
    }

    private static bool AnyField(ContainerInline container, Func<FormFieldInline, bool> match)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if ((child is FormFieldInline candidate && match(candidate)) || (child is ContainerInline nested && AnyField(nested, match)))
            {
                return true;
            }
        }

        return false;
    }
}
