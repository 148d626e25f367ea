using System.Xml.Linq;

namespace Clausier.Forms.Document;

/// <summary>
/// The descendant elements of an element in document order, as <see cref="XContainer.Descendants()"/>
/// gives them, without its enumerator and without turning an element's text into a node: the index walks
/// every element of the body, where Descendants' enumerator is measurably slower (docs/performance.md).
/// </summary>
internal struct ElementWalk(XElement root)
{
    private XElement? _current;

    public readonly ElementWalk GetEnumerator() => this;

    public readonly XElement Current => _current!;

    public bool MoveNext()
    {
        if (FirstChild(_current ?? root) is { } child)
        {
            _current = child;
            return true;
        }

        for (var element = _current; element is not null && element != root; element = element.Parent)
        {
            if (NextSibling(element) is { } next)
            {
                _current = next;
                return true;
            }
        }

        return false;
    }

    private static XElement? FirstChild(XElement element)
    {
        // HasElements reads the content as it is; FirstNode would replace text content by a node.
        if (!element.HasElements)
        {
            return null;
        }

        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement child)
            {
                return child;
            }
        }

        return null;
    }

    private static XElement? NextSibling(XElement element)
    {
        for (var node = element.NextNode; node is not null; node = node.NextNode)
        {
            if (node is XElement next)
            {
                return next;
            }
        }

        return null;
    }
}
