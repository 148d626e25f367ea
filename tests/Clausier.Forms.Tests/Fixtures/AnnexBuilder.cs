using Clausier.Core.Annex;
using Clausier.Core.Forms;
using Clausier.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using DocumentFormat.OpenXml.Wordprocessing;
using Lock = DocumentFormat.OpenXml.Wordprocessing.Lock;
using WordDocument = DocumentFormat.OpenXml.Wordprocessing.Document;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>
/// Builds an empty annex the way docs/form-contract.md describes it, with the Open XML SDK: manifest
/// (custom XML part and custom properties), candidate table, then per point a heading, a locked clause
/// control and an answer table of run-level controls showing their placeholders.
/// </summary>
public static class AnnexBuilder
{
    public const string Tender = "INFO 26-014";
    public const string Lot = "2";

    public static AnnexIdentity Identity(bool allowPartial = true) => new(
        Tender, Lot, "Logiciel de gestion", "saas", "CHU Exemple", "clausier-securite-sante", "Clausier sécurité santé",
        "2024.1", "2024", "annexe-securite", "clausier", "0.1.0", allowPartial);

    public static AnnexManifest Manifest(IReadOnlyList<SamplePoint> points, bool allowPartial = true) =>
        new(Identity(allowPartial), [.. points.Select(p => new ManifestPoint(p.Id, p.Title, "1", p.Type, ClauseText.Sha256(p.Clause)))]);

    public static byte[] Build(IReadOnlyList<SamplePoint>? points = null, bool allowPartial = true)
    {
        points ??= SamplePoint.EveryType;
        var manifest = Manifest(points, allowPartial);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var ids = new IdCounter();
            var body = new Body();
            body.Append(Paragraph("Annexe sécurité — cadre de réponse"));
            body.Append(CandidateTable(ids));
            foreach (var point in points)
            {
                body.Append(Paragraph($"{point.Id} {point.Title}"));
                body.Append(ClauseBlock(point, ids));
                body.Append(AnswerTable(point, allowPartial, ids));
            }

            body.Append(new SectionProperties());
            main.Document = new WordDocument(body);

            var custom = main.AddCustomXmlPart(CustomXmlPartType.CustomXml);
            using (var xml = new MemoryStream())
            {
                AnnexManifestXml.ToXml(manifest).Save(xml);
                xml.Position = 0;
                custom.FeedData(xml);
            }

            // Word and LibreOffice keep a custom XML part only with its data-store item properties.
            var itemProperties = custom.AddNewPart<CustomXmlPropertiesPart>();
            itemProperties.DataStoreItem = new DocumentFormat.OpenXml.CustomXmlDataProperties.DataStoreItem(
                new DocumentFormat.OpenXml.CustomXmlDataProperties.SchemaReferences(
                    new DocumentFormat.OpenXml.CustomXmlDataProperties.SchemaReference { Uri = AnnexManifestXml.NamespaceUri }))
            {
                ItemId = "{6F1C2D3E-4A5B-4C6D-8E9F-0A1B2C3D4E5F}",
            };

            var properties = document.AddCustomFilePropertiesPart();
            properties.Properties = CustomProperties(manifest);
        }

        return stream.ToArray();
    }

    private static DocumentFormat.OpenXml.CustomProperties.Properties CustomProperties(AnnexManifest manifest)
    {
        var id = manifest.Identity;
        var values = new (string Name, string Value)[]
        {
            ("ClausierTenderReference", id.TenderReference), ("ClausierLot", id.Lot), ("ClausierSegment", id.Segment),
            ("ClausierCatalogueId", id.CatalogueId), ("ClausierCatalogueVersion", id.CatalogueVersion),
            ("ClausierTemplate", id.Template), ("ClausierGenerator", $"{id.Generator} {id.GeneratorVersion}"),
            ("ClausierPoints", string.Join(';', manifest.Points.Select(p => $"{p.Id}={p.ClauseSha256}"))),
        };
        var properties = new DocumentFormat.OpenXml.CustomProperties.Properties();
        var pid = 2;
        foreach (var (name, value) in values)
        {
            properties.Append(new CustomDocumentProperty(new VTLPWSTR(value))
            {
                FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}",
                PropertyId = pid++,
                Name = name,
            });
        }

        return properties;
    }

    private static Table CandidateTable(IdCounter ids)
    {
        var table = new Table(TableProperties(), new TableGrid(new GridColumn { Width = "3000" }, new GridColumn { Width = "6000" }));
        foreach (var field in FormContract.CandidateFields)
        {
            var control = field.IsDate
                ? DateControl(FormContract.CandidateTag(field.Name), field.Label, field.Placeholder, ids)
                : TextControl(FormContract.CandidateTag(field.Name), field.Label, field.Placeholder, ids, rich: false);
            table.Append(Row(Cell(Paragraph(field.Label)), Cell(new Paragraph(control))));
        }

        return table;
    }

    private static SdtBlock ClauseBlock(SamplePoint point, IdCounter ids) =>
        new(
            new SdtProperties(
                new SdtAlias { Val = $"Clause {point.Id}" },
                new Tag { Val = FormContract.ClauseTag(point.Id) },
                new SdtId { Val = ids.Next() },
                new Lock { Val = LockingValues.SdtContentLocked }),
            new SdtContentBlock(point.Clause.Select(Paragraph)));

    private static Table AnswerTable(SamplePoint point, bool allowPartial, IdCounter ids)
    {
        var table = new Table(TableProperties(), new TableGrid(new GridColumn { Width = "3000" }, new GridColumn { Width = "6000" }));
        table.Append(Row(Cell(Paragraph(point.Id)), Cell(Paragraph(point.Title))));
        foreach (var field in FormContract.FieldsFor(point.Type, allowPartial))
        {
            var tag = FormContract.PointTag(point.Id, field);
            var alias = FormContract.Alias(point.Id, field);
            var placeholder = FormContract.Placeholder(field);
            var control = field switch
            {
                FormField.Status => DropDown(tag, alias, placeholder, FormContract.StatusesFor(point.Type, allowPartial).Select(FormContract.StatusText), ids),
                FormField.Date => DateControl(tag, alias, placeholder, ids),
                FormField.Answer => TextControl(tag, alias, placeholder, ids, rich: true),
                _ => TextControl(tag, alias, placeholder, ids, rich: false),
            };
            table.Append(Row(Cell(Paragraph(FormContract.Label(field))), Cell(new Paragraph(control))));
        }

        return table;
    }

    private static SdtRun DropDown(string tag, string alias, string placeholder, IEnumerable<string> items, IdCounter ids)
    {
        var list = new SdtContentDropDownList();
        foreach (var item in items)
        {
            list.Append(new ListItem { DisplayText = item, Value = item });
        }

        return Control(tag, alias, placeholder, ids, list);
    }

    private static SdtRun DateControl(string tag, string alias, string placeholder, IdCounter ids) =>
        Control(tag, alias, placeholder, ids, new SdtContentDate(
            new DateFormat { Val = "dd/MM/yyyy" },
            new LanguageId { Val = "fr-FR" },
            new SdtDateMappingType { Val = DateFormatValues.DateTime },
            new Calendar { Val = CalendarValues.Gregorian }));

    private static SdtRun TextControl(string tag, string alias, string placeholder, IdCounter ids, bool rich) =>
        Control(tag, alias, placeholder, ids, rich ? null : new SdtContentText());

    private static SdtRun Control(string tag, string alias, string placeholder, IdCounter ids, OpenXmlElement? type)
    {
        var properties = new SdtProperties(
            new SdtAlias { Val = alias },
            new Tag { Val = tag },
            new SdtId { Val = ids.Next() },
            new Lock { Val = LockingValues.SdtLocked },
            new SdtPlaceholder(new DocPartReference { Val = "DefaultPlaceholder_-1854013440" }),
            new ShowingPlaceholder());
        if (type is not null)
        {
            properties.Append(type);
        }

        return new SdtRun(properties, new SdtContentRun(
            new Run(new RunProperties(new RunStyle { Val = "PlaceholderText" }), new Text(placeholder))));
    }

    private static TableProperties TableProperties() =>
        new(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct });

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(Paragraph paragraph) => new(paragraph);

    private static Paragraph Paragraph(string text) =>
        new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private sealed class IdCounter
    {
        private int _next = 100;

        public int Next() => _next++;
    }
}
