using System.Globalization;
using System.Xml.Linq;
using Clausier.Core.Diagnostics;

namespace Clausier.Forms.Reading;

internal sealed partial class AnnexReading
{
    private enum ControlKind
    {
        Text,
        List,
        Date,
    }

    /// <summary>
    /// Finds one field: the control with its tag; else, by position, a control in the field's cell, a
    /// FILLIN field there, or the cell's plain text. Duplicated tags and tagged controls found outside
    /// the field's answer table are reported.
    /// </summary>
    /// <param name="what">The field's name in messages (<see cref="Describe"/>).</param>
    private FieldHit? Resolve(string? pointId, string tag, MessageText what, Document.TableRow? row, int tableNumber, ControlKind kind)
    {
        var cell = row?.Cell;
        CellPlace? place = row is null ? null : new CellPlace(tableNumber, row.RowNumber, 2);
        if (_index.Tagged.TryGetValue(tag, out var tagged))
        {
            var control = tagged.Find(c => cell is not null && Ancestor(c, Names.Tc) == cell) ?? tagged[0];
            if (tagged.Count > 1)
            {
                var inTable = cell is not null && Ancestor(control, Names.Tc) == cell;
                state.Report(DiagnosticSeverity.Error, inTable ? "CLZ4202.tag-in-table" : "CLZ4202.tag-first", pointId, tagged[1], place?.Describe(),
                    tagged.Count, tag, what);
            }

            var controlCell = Ancestor(control, Names.Tc);
            if (cell is not null && controlCell != cell)
            {
                state.Report(DiagnosticSeverity.Warning, "CLZ4206", pointId, control, place?.Describe(), what, tag);
                return new FieldHit(AnswerSource.Tag, control, control, place);
            }

            return new FieldHit(AnswerSource.Tag, control, controlCell ?? control, place ?? (controlCell is null ? null : TablePlace(controlCell)));
        }

        if (cell is null)
        {
            return null;
        }

        var found = FindControl(cell, kind);
        if (found is not null)
        {
            return new FieldHit(AnswerSource.Position, found, cell, place);
        }

        var hasFillIn = _index.Text.Extract(cell).HasFillIn;
        return new FieldHit(hasFillIn ? AnswerSource.FillIn : AnswerSource.Text, null, cell, place);
    }

    /// <summary>The control of a field in its cell, seen through wrapper controls (LibreOffice adds one around checkboxes).</summary>
    private XElement? FindControl(XElement cell, ControlKind kind)
    {
        var controls = cell.Descendants(Names.Sdt).ToList();
        if (controls.Count == 0)
        {
            return null;
        }

        return kind switch
        {
            ControlKind.List => controls.LastOrDefault(c => ListProperties(c) is not null),
            ControlKind.Date => controls.LastOrDefault(c => c.Element(Names.SdtPr)?.Element(Names.Date) is not null),
            _ => null,
        } ?? controls.Find(c => !c.Descendants(Names.Sdt).Any()) ?? controls[0];
    }

    private XElement? ListProperties(XElement control)
    {
        var properties = control.Element(Names.SdtPr);
        return properties?.Element(Names.DropDownList) ?? properties?.Element(Names.ComboBox);
    }

    /// <summary>Display texts of the list items of a control or of a control inside it.</summary>
    private List<string> ListItems(XElement? control)
    {
        if (control is null)
        {
            return [];
        }

        var list = control.DescendantsAndSelf(Names.Sdt).Select(ListProperties).FirstOrDefault(l => l is not null);
        return list is null
            ? []
            : [.. list.Elements(Names.ListItem).Select(i => ((string?)i.Attribute(Names.DisplayText) ?? (string?)i.Attribute(Names.Value) ?? "").Trim())];
    }

    /// <summary><c>w:fullDate</c> of a date control (or one inside it) that is not showing its placeholder.</summary>
    private DateOnly? FullDate(XElement? control)
    {
        var date = control?.DescendantsAndSelf(Names.Sdt)
            .Where(s => !Names.ShowsPlaceholder(s))
            .Select(s => s.Element(Names.SdtPr)?.Element(Names.Date))
            .FirstOrDefault(d => d is not null);
        var value = (string?)date?.Attribute(Names.FullDate);
        return value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
    }

    private CellPlace? TablePlace(XElement cell)
    {
        var table = Ancestor(cell, Names.Tbl);
        return table is null ? null : new CellPlace(_index.TableNumber(table));
    }

    private static readonly string[] DateFormats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yy", "d/M/yy", "yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy", "d-M-yyyy",
        "d MMMM yyyy", "dd MMMM yyyy", "dddd d MMMM yyyy", "dddd dd MMMM yyyy",
    ];

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    internal static DateOnly? ParseDate(string text)
    {
        var trimmed = text.Trim().Replace("1er ", "1 ", StringComparison.OrdinalIgnoreCase);
        return DateOnly.TryParseExact(trimmed, DateFormats, French, DateTimeStyles.AllowWhiteSpaces, out var date) ? date : null;
    }
}
