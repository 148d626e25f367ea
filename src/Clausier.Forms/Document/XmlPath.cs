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
            var index = 1;
            for (var sibling = e.PreviousNode; sibling is not null; sibling = sibling.PreviousNode)
            {
                if (sibling is XElement s && s.Name == e.Name)
                {
                    index++;
                }
            }

            steps.Add($"{Prefix(e.Name.NamespaceName)}{e.Name.LocalName}[{index}]");
        }

        steps.Reverse();
        var builder = new StringBuilder();
        foreach (var step in steps)
        {
            builder.Append('/').Append(step);
        }

        return builder.ToString();
    }

    private static string Prefix(string uri) => uri switch
    {
        Wml.TransitionalUri or Wml.StrictUri => "w:",
        "" => "",
        _ => "ns:",
    };
}
