using Clausier.Core.Diagnostics;
using Markdig.Syntax;

namespace Clausier.Core.Loading;

/// <summary>Reads the <c>- **Field :** value</c> list that follows a heading.</summary>
internal static class FieldList
{
    /// <summary>A bullet list is a field list when its first item starts with a bold label.</summary>
    public static bool LooksLikeFields(string text, ListBlock list) =>
        list.Count > 0 && ItemSource(text, list[0]).StartsWith("**", StringComparison.Ordinal);

    public static List<FieldValue> Read(string text, LineMap lines, ListBlock list, DiagnosticBag diagnostics)
    {
        var fields = new List<FieldValue>();
        foreach (var item in list)
        {
            var source = ItemSource(text, item);
            var start = ItemStart(item);
            var match = SectionFileReader.FieldItem().Match(source);
            if (!match.Success)
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1111.field-list", lines.At(start));
                continue;
            }

            var value = string.Join(' ', match.Groups["value"].Value.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
            fields.Add(new FieldValue(match.Groups["name"].Value.Trim(), value.Trim(),
                lines.At(start + match.Groups["value"].Index), lines.At(start)));
        }

        return fields;
    }

    private static int ItemStart(Block item) =>
        item is ContainerBlock { Count: > 0 } container ? container[0].Span.Start : item.Span.Start;

    private static string ItemSource(string text, Block item)
    {
        if (item is not ContainerBlock { Count: > 0 } container)
        {
            return "";
        }

        var first = container[0];
        var last = container[^1];
        return text[first.Span.Start..(last.Span.End + 1)];
    }
}
