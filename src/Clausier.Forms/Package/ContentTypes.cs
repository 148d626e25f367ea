using System.Xml.Linq;

namespace Clausier.Forms.Package;

/// <summary>The <c>[Content_Types].xml</c> of a package (ECMA-376 Part 2, §10.1.2).</summary>
internal sealed record ContentTypes(IReadOnlyDictionary<string, string> Defaults, IReadOnlyDictionary<string, string> Overrides)
{
    public static ContentTypes Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    public IEnumerable<string> AllTypes => Defaults.Values.Concat(Overrides.Values);

    public string? Of(string partName)
    {
        var name = SafePackage.Trim(partName);
        if (Overrides.TryGetValue(name, out var type))
        {
            return type;
        }

        var dot = name.LastIndexOf('.');
        return dot >= 0 && Defaults.TryGetValue(name[(dot + 1)..], out var byExtension) ? byExtension : null;
    }

    public static ContentTypes Parse(XDocument xml)
    {
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in xml.Root?.Elements() ?? [])
        {
            var type = (string?)element.Attribute("ContentType");
            if (type is null)
            {
                continue;
            }

            if (element.Name.LocalName == "Default" && (string?)element.Attribute("Extension") is { } extension)
            {
                defaults.TryAdd(extension, type);
            }
            else if (element.Name.LocalName == "Override" && (string?)element.Attribute("PartName") is { } part)
            {
                overrides.TryAdd(SafePackage.Trim(Uri.UnescapeDataString(part)), type);
            }
        }

        return new ContentTypes(defaults, overrides);
    }
}
