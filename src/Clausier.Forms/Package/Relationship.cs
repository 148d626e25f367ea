using System.Xml.Linq;

namespace Clausier.Forms.Package;

/// <summary>One package relationship; <see cref="TargetPart"/> is the resolved part name for internal targets.</summary>
internal sealed record Relationship(string Id, string Type, string Target, bool External, string? TargetPart)
{
    public static IReadOnlyList<Relationship> Parse(XDocument xml, string sourceDirectory)
    {
        var list = new List<Relationship>();
        foreach (var element in xml.Root?.Elements() ?? [])
        {
            if (element.Name.LocalName != "Relationship")
            {
                continue;
            }

            var target = (string?)element.Attribute("Target") ?? "";
            var external = string.Equals((string?)element.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
            list.Add(new Relationship(
                (string?)element.Attribute("Id") ?? "",
                (string?)element.Attribute("Type") ?? "",
                target,
                external,
                external ? null : Resolve(sourceDirectory, target)));
        }

        return list;
    }

    /// <summary>Resolves a relative target against its source directory; null when it leaves the package root.</summary>
    internal static string? Resolve(string sourceDirectory, string target)
    {
        string unescaped;
        try
        {
            unescaped = Uri.UnescapeDataString(target);
        }
        catch (UriFormatException)
        {
            return null;
        }

        var segments = new List<string>();
        if (!unescaped.StartsWith('/'))
        {
            segments.AddRange(sourceDirectory.Split('/', StringSplitOptions.RemoveEmptyEntries));
        }

        foreach (var segment in unescaped.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
