using System.Text;
using System.Xml.Linq;

namespace Clausier.Forms.Document;

/// <summary>XPath of an element with positional predicates, as the Open XML SDK's validator reports them.</summary>
internal static class XmlPath
{
    public static string Of(XElement element)
    {
        var steps = new List<string>();
        for (var e = element; e is not null; e = e.Parent)
        {
            steps.Add($"{Prefix(e.Name.NamespaceName)}{e.Name.LocalName}[{Position(e)}]");
        }

        steps.Reverse();
        var builder = new StringBuilder();
        foreach (var step in steps)
        {
            builder.Append('/').Append(step);
        }

        return builder.ToString();
    }

    /// <summary>
    /// One-based position among same-named siblings. Counted forwards from the first sibling:
    /// LINQ to XML links nodes one way, so each <see cref="XNode.PreviousNode"/> walks the whole
    /// sibling list and counting backwards was quadratic in the number of paragraphs (docs/performance.md).
    /// </summary>
    private static int Position(XElement element)
    {
        if (element.Parent is not { } parent)
        {
            return 1;
        }

        var index = 1;
        foreach (var sibling in parent.Elements(element.Name))
        {
            if (sibling == element)
            {
                break;
            }

            index++;
        }

        return index;
    }

    private static string Prefix(string uri) => uri switch
    {
        Wml.TransitionalUri or Wml.StrictUri => "w:",
        "" => "",
        _ => "ns:",
    };
}
