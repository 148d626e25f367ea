namespace Clausier.Word.Wml;

/// <summary>Qualified names of the WordprocessingML elements and attributes the body writer uses (ECMA-376 Part 1, §17).</summary>
internal static class W
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public const string Document = "w:document";
    public const string Body = "w:body";
    public const string Paragraph = "w:p";
    public const string ParagraphProperties = "w:pPr";
    public const string ParagraphStyle = "w:pStyle";
    public const string KeepNext = "w:keepNext";
    public const string KeepLines = "w:keepLines";
    public const string PageBreakBefore = "w:pageBreakBefore";
    public const string WidowControl = "w:widowControl";
    public const string NumberingProperties = "w:numPr";
    public const string NumberingLevel = "w:ilvl";
    public const string NumberingId = "w:numId";
    public const string Spacing = "w:spacing";
    public const string Indentation = "w:ind";
    public const string Justification = "w:jc";
    public const string OutlineLevel = "w:outlineLvl";
    public const string SectionProperties = "w:sectPr";

    public const string Run = "w:r";
    public const string RunProperties = "w:rPr";
    public const string RunStyle = "w:rStyle";
    public const string Fonts = "w:rFonts";
    public const string Bold = "w:b";
    public const string BoldComplexScript = "w:bCs";
    public const string Italic = "w:i";
    public const string ItalicComplexScript = "w:iCs";
    public const string Color = "w:color";
    public const string FontSize = "w:sz";
    public const string FontSizeComplexScript = "w:szCs";
    public const string Text = "w:t";
    public const string Tab = "w:tab";
    public const string Break = "w:br";
    public const string CarriageReturn = "w:cr";
    public const string FieldChar = "w:fldChar";
    public const string FieldCode = "w:instrText";
    public const string Hyperlink = "w:hyperlink";
    public const string BookmarkStart = "w:bookmarkStart";
    public const string BookmarkEnd = "w:bookmarkEnd";

    public const string Table = "w:tbl";
    public const string TableProperties = "w:tblPr";
    public const string TableStyle = "w:tblStyle";
    public const string TableWidth = "w:tblW";
    public const string TableLayout = "w:tblLayout";
    public const string TableLook = "w:tblLook";
    public const string TableGrid = "w:tblGrid";
    public const string GridColumn = "w:gridCol";
    public const string TableRow = "w:tr";
    public const string TableRowProperties = "w:trPr";
    public const string CantSplit = "w:cantSplit";
    public const string TableRowHeight = "w:trHeight";
    public const string TableHeader = "w:tblHeader";
    public const string TableCell = "w:tc";
    public const string TableCellProperties = "w:tcPr";
    public const string TableCellWidth = "w:tcW";

    public const string Sdt = "w:sdt";
    public const string SdtProperties = "w:sdtPr";
    public const string SdtContent = "w:sdtContent";
    public const string Alias = "w:alias";
    public const string Tag = "w:tag";
    public const string Id = "w:id";
    public const string Lock = "w:lock";
    public const string Placeholder = "w:placeholder";
    public const string DocPart = "w:docPart";
    public const string ShowingPlaceholder = "w:showingPlcHdr";
    public const string DropDownList = "w:dropDownList";
    public const string ListItem = "w:listItem";
    public const string PlainText = "w:text";
    public const string Date = "w:date";
    public const string DateFormat = "w:dateFormat";
    public const string LanguageId = "w:lid";
    public const string StoreMappedDataAs = "w:storeMappedDataAs";
    public const string Calendar = "w:calendar";

    public const string HeaderReference = "w:headerReference";
    public const string FooterReference = "w:footerReference";
    public const string SectionType = "w:type";
    public const string PageSize = "w:pgSz";
    public const string PageMargin = "w:pgMar";
    public const string Columns = "w:cols";
    public const string DocGrid = "w:docGrid";

    public const string Val = "w:val";
    public const string Width = "w:w";
    public const string Type = "w:type";
    public const string Name = "w:name";
    public const string RelationshipId = "r:id";
}
