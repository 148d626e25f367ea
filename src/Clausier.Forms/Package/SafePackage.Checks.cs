namespace Clausier.Forms.Package;

internal sealed partial class SafePackage
{
    /// <summary>
    /// A macro project is refused whatever the file is named: the buyer would open it in Word later.
    /// Decided by content, as a renamed .docm keeps its vbaProject part and macro content types.
    /// </summary>
    private void RefuseMacros()
    {
        var vba = _entries.Keys.FirstOrDefault(n =>
            n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
            || n.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase));
        var macroType = ContentTypes.AllTypes.FirstOrDefault(t =>
            t.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)
            || t.Contains("vbaProject", StringComparison.OrdinalIgnoreCase));
        if (vba is not null || macroType is not null)
        {
            throw vba is not null ? RefusedException.Of("CLZ4011.part", vba) : RefusedException.Of("CLZ4011.content-type", macroType);
        }
    }

    /// <summary>The main document part: the officeDocument relationship, else the main content type, else word/document.xml.</summary>
    public string MainDocumentPart()
    {
        var fromRelationship = Relationships("")
            .FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal) && !r.External);
        if (fromRelationship?.TargetPart is { } target && Exists(target))
        {
            return RefuseOtherFormats(target);
        }

        var byType = ContentTypes.Overrides
            .FirstOrDefault(o => o.Value.EndsWith(".main+xml", StringComparison.Ordinal) && Exists(o.Key)).Key;
        if (byType is not null)
        {
            return RefuseOtherFormats(byType);
        }

        if (Exists("word/document.xml"))
        {
            return "word/document.xml";
        }

        throw RefusedException.Of("CLZ4012");
    }

    private string RefuseOtherFormats(string part)
    {
        var type = ContentTypes.Of(part) ?? "";
        if (type.Contains("spreadsheetml", StringComparison.Ordinal) || type.Contains("presentationml", StringComparison.Ordinal))
        {
            throw RefusedException.Of(type.Contains("spreadsheetml", StringComparison.Ordinal) ? "CLZ4012.excel" : "CLZ4012.powerpoint");
        }

        return part;
    }

    /// <summary>Relationships of a part ("" for the package); an unreadable relationships part counts as empty.</summary>
    public IReadOnlyList<Relationship> Relationships(string sourcePart)
    {
        var source = Trim(sourcePart);
        var slash = source.LastIndexOf('/');
        var relsName = slash < 0 ? $"_rels/{source}.rels" : $"{source[..slash]}/_rels/{source[(slash + 1)..]}.rels";
        if (!Exists(relsName))
        {
            return [];
        }

        var directory = slash < 0 ? "" : source[..slash];
        return Relationship.Parse(LoadXml(relsName), directory);
    }

    /// <summary>Every relationships part of the package, with its source directory.</summary>
    public IEnumerable<(string RelsPart, IReadOnlyList<Relationship> Items)> AllRelationships()
    {
        foreach (var name in _entries.Keys.Where(n => n.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            var marker = name.LastIndexOf("_rels/", StringComparison.OrdinalIgnoreCase);
            var directory = marker <= 0 ? "" : name[..(marker - 1)];
            yield return (name, Relationship.Parse(LoadXml(name), directory));
        }
    }
}
