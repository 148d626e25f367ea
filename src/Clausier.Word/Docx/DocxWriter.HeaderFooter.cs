using Clausier.Word.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

internal sealed partial class DocxWriter
{
    public const string PageLabel = "page ";

    private bool HasHeader => !string.IsNullOrWhiteSpace(frontMatter.Header);

    /// <summary>Header: the front matter's <c>header</c>. Footer: its <c>footer</c>, then "page X / Y" at the right margin.</summary>
    private void AddHeaderAndFooter(PackageBuilder package)
    {
        if (HasHeader)
        {
            var header = Paragraph(StyleNames.Header);
            header.Append(Runs(frontMatter.Header!));
            AddPart(package, ids.Header, DocxParts.Header, DocxParts.HeaderType, DocxParts.HeaderRelationship, new Header(header));
        }

        var footer = Paragraph(StyleNames.Footer);
        footer.Append(Runs(frontMatter.Footer ?? ""));
        footer.Append(new Run(new TabChar()));
        footer.Append(Runs(PageLabel));
        footer.Append(PageField(" PAGE "));
        footer.Append(Runs(" / "));
        footer.Append(PageField(" NUMPAGES "));
        AddPart(package, ids.Footer, DocxParts.Footer, DocxParts.FooterType, DocxParts.FooterRelationship, new Footer(footer));
    }

    /// <summary>A paragraph with a right tab at the text edge of this page layout (the style's tab assumes A4).</summary>
    private Paragraph Paragraph(string styleName) =>
        new(new ParagraphProperties(
            new ParagraphStyleId { Val = state.Styles.Id(styleName) },
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = state.Layout.TextWidth })));

    private IEnumerable<Run> Runs(string text) => SdkRun(text) is { } run ? [run] : [];

    private SimpleField PageField(string instruction) =>
        new(SdkRun("1")!) { Instruction = instruction };

    /// <summary>A run of the header, footer or glossary (Open XML SDK parts); null when no text is left once cleaned.</summary>
    private Run? SdkRun(string text, RunProperties? properties = null)
    {
        var clean = state.Clean(text, null);
        if (clean.Length == 0)
        {
            return null;
        }

        var run = new Run();
        if (properties is not null)
        {
            run.RunProperties = properties;
        }

        run.Append(new Text(clean) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        return run;
    }
}
