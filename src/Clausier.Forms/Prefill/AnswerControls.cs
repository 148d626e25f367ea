using System.Xml.Linq;
using Clausier.Core.Forms;

namespace Clausier.Forms.Prefill;

/// <summary>
/// Finds the content control of each answer field in a loaded main document, as the reader does
/// (docs/form-contract.md): by its <c>clausier:&lt;point&gt;:&lt;field&gt;</c> tag, else by position in the
/// point's answer table (first cell the point id, row label in the first cell of the field's row).
/// </summary>
internal sealed class AnswerControls
{
    private readonly Dictionary<string, XElement> _byTag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XElement> _tables = new(StringComparer.Ordinal);
    private readonly XNamespace _w;

    public AnswerControls(XDocument document)
    {
        _w = document.Root!.Name.Namespace;
        foreach (var element in document.Root.Descendants())
        {
            if (element.Name == _w + "sdt")
            {
                var tag = (string?)element.Element(_w + "sdtPr")?.Element(_w + "tag")?.Attribute(_w + "val");
                if (tag is not null && tag.StartsWith(FormContract.TagPrefix + ":", StringComparison.Ordinal))
                {
                    _byTag.TryAdd(tag, element);
                }
            }
            else if (element.Name == _w + "tbl" && element.Element(_w + "tr")?.Element(_w + "tc") is { } first)
            {
                _tables.TryAdd(CellText(first), element);
            }
        }
    }

    /// <summary>The control of one field, or null when neither its tag nor its place in the table is found.</summary>
    public XElement? Find(string pointId, FormField field)
    {
        if (_byTag.TryGetValue(FormContract.PointTag(pointId, field), out var tagged))
        {
            return tagged;
        }

        if (!_tables.TryGetValue(pointId, out var table))
        {
            return null;
        }

        var label = FormContract.Label(field);
        var row = table.Elements(_w + "tr").Skip(1)
            .FirstOrDefault(r => r.Elements(_w + "tc").FirstOrDefault() is { } c && string.Equals(CellText(c), label, StringComparison.Ordinal));
        return row?.Elements(_w + "tc").Skip(1).FirstOrDefault()?.Descendants(_w + "sdt").FirstOrDefault();
    }

    private string CellText(XElement cell) =>
        string.Concat(cell.Descendants(_w + "t").Select(t => t.Value)).Trim();
}
