using System.IO.Compression;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using Clausier.Core.Tenders;
using Clausier.Testing;
using Clausier.Web.Tendering;
using Clausier.Web.Tests.Fixtures;

namespace Clausier.Web.Tests;

public sealed class TenderTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task Downloaded_annex_is_a_valid_docx_with_a_safe_name()
    {
        using var client = server.Client();

        var response = await client.PostForm("/Consultation", "Docx&lot=unique", Annexes.Fields(Annexes.Example));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Services.MediaTypes.Docx, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("INFO-26-014-lotunique-saas.docx", response.Content.Headers.ContentDisposition.FileNameStar);
        DocxAssert.Valid(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Zip_holds_one_valid_annex_per_lot()
    {
        using var client = server.Client();

        var response = await client.PostForm("/Consultation", "Zip", Annexes.Fields(Annexes.Multilot));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        Assert.Equal(Annexes.Multilot.Lots.Count, zip.Entries.Count);
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            await entry.Open().CopyToAsync(content);
            DocxAssert.Valid(content.ToArray());
        }
    }

    [Fact]
    public async Task Downloaded_tender_file_reads_back_to_the_same_tender()
    {
        using var client = server.Client();
        var original = Annexes.Multilot;

        var response = await client.PostForm("/Consultation", "Yaml", Annexes.Fields(original));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var yaml = await response.Content.ReadAsStringAsync();
        var read = TenderReader.Read("download.yml", new StringReader(yaml));
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        Assert.Equal(TenderYamlWriter.Write(original), TenderYamlWriter.Write(read.Value!));
    }

    [Fact]
    public async Task Missing_required_fields_are_reported_next_to_them()
    {
        using var client = server.Client();
        var form = TenderFormMapping.FromTender(Annexes.Example);
        form.BuyerName = "";
        form.Lots[0].Segment = "";

        var response = await client.PostForm("/Consultation", "Check", Annexes.Fields(form));

        var page = await PageClient.Parse(response);
        Assert.Contains("Indiquez le nom de l’acheteur.", page.QuerySelector("[data-valmsg-for='Tender.BuyerName']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Choisissez un segment.", page.QuerySelector("[data-valmsg-for='Tender.Lots[0].Segment']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#resume-validation[aria-live] [role=alert]"));
    }

    [Fact]
    public async Task Too_long_fields_say_their_limit_in_French_from_the_catalogue()
    {
        using var client = server.Client();
        var form = TenderFormMapping.FromTender(Annexes.Example);
        form.Subject = new string('x', 1001);
        form.Lots[0].Number = new string('1', 21);

        var response = await client.PostForm("/Consultation", "Check", Annexes.Fields(form));

        var page = await PageClient.Parse(response);
        Assert.Equal("1\u202F000\u00A0caractères au plus.", page.QuerySelector("[data-valmsg-for='Tender.Subject']")!.TextContent.Trim());
        Assert.Equal("20\u00A0caractères au plus.", page.QuerySelector("[data-valmsg-for='Tender.Lots[0].Number']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Unreadable_deadline_is_reported_in_French()
    {
        using var client = server.Client();
        var fields = Annexes.Fields(Annexes.Example).Where(f => f.Key != "Tender.Deadline").Append(new("Tender.Deadline", "demain midi"));

        var response = await client.PostForm("/Consultation", "Check", fields);

        var page = await PageClient.Parse(response);
        Assert.Contains("«\u00A0demain midi\u00A0» n’est pas une valeur valable", page.QuerySelector("[data-valmsg-for='Tender.Deadline']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalogue_errors_are_reported_with_their_id()
    {
        using var client = server.Client();
        var form = TenderFormMapping.FromTender(Annexes.Example);
        form.ExcludePoints = "O-99.1";

        var response = await client.PostForm("/Consultation", "Check", Annexes.Fields(form));

        var text = (await PageClient.Parse(response)).Body!.TextContent;
        Assert.Contains("La consultation ne peut pas encore être générée", text, StringComparison.Ordinal);
        Assert.Contains("O-99.1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excluding_a_point_removes_it_from_the_lot_and_lists_it()
    {
        using var client = server.Client();

        var response = await client.PostForm("/Consultation", "Exclude&point=O-7.2", Annexes.Fields(Annexes.Example));

        var page = await PageClient.Parse(response);
        Assert.Equal("O-7.2", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Tender_ExcludePoints")!.Value);
        Assert.DoesNotContain(page.QuerySelectorAll(".lot-result .point-id"), e => e.TextContent == "O-7.2");
        Assert.Contains(page.QuerySelectorAll(".excluded .point-id"), e => e.TextContent == "O-7.2");
    }

    [Fact]
    public async Task Excluding_a_point_from_one_lot_leaves_the_other_lots_and_says_where_it_applies()
    {
        using var client = server.Client();
        var both = Annexes.Workbench.Catalogue.FindPoint("O-1.1")!.Id;

        var page = await PageClient.Parse(await client.PostForm("/Consultation", $"Exclude&lot=3&point={both}", Annexes.Fields(Annexes.Multilot)));

        Assert.Equal(both, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Tender_Lots_2__ExcludePoints")!.Value);
        Assert.DoesNotContain(both, TenderFormMapping.Split(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Tender_ExcludePoints")!.Value));
        var lots = page.QuerySelectorAll(".lot-result").ToList();
        Assert.Contains(lots[0].QuerySelectorAll(".point-id"), e => e.TextContent == both);
        Assert.DoesNotContain(lots[2].QuerySelectorAll(".point-id"), e => e.TextContent == both);
        var listed = page.QuerySelectorAll(".excluded li").Single(li => li.QuerySelector(".point-id")!.TextContent == both);
        Assert.Contains("exclu du lot 3 seulement", listed.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".excluded li"), li => li.TextContent.Contains("O-10.2", StringComparison.Ordinal) && li.TextContent.Contains("exclu du lot 1 seulement", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_contact_left_as_a_description_is_asked_for_on_the_page()
    {
        using var client = server.Client();
        var form = TenderFormMapping.FromTender(Annexes.Example);
        form.Parameters.Remove("ciso_contact");

        var page = await PageClient.Parse(await client.PostForm("/Consultation", "Check", Annexes.Fields(form)));

        Assert.Contains("À renseigner", page.QuerySelector("#param-ciso_contact-hint")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("À renseigner", page.QuerySelector("#param-dpo_contact-hint")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#resume-validation li"), li => li.TextContent.Contains("CLZ1222", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_point_outside_the_segment_is_added_from_the_list_and_taken_back_by_excluding_it()
    {
        using var client = server.Client();
        var outside = Annexes.Workbench.Catalogue.AllPoints().First(p => !p.AppliesTo(Annexes.Example.Lots[0].Segment.Value)).Id;

        var checkedPage = await PageClient.Parse(await client.PostForm("/Consultation", "Check", Annexes.Fields(Annexes.Example)));
        Assert.Contains(checkedPage.QuerySelectorAll(".other-points .point-id"), e => e.TextContent == outside);

        var added = await PageClient.Parse(await client.PostForm("/Consultation", $"Include&point={outside}", Annexes.Fields(Annexes.Example)));
        Assert.Equal(outside, added.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Tender_IncludePoints")!.Value);
        Assert.Contains(added.QuerySelectorAll(".lot-result .point-id"), e => e.TextContent == outside);
        Assert.DoesNotContain(added.QuerySelectorAll(".other-points .point-id"), e => e.TextContent == outside);

        var form = TenderFormMapping.FromTender(Annexes.Example);
        form.IncludePoints = outside;
        var removed = await PageClient.Parse(await client.PostForm("/Consultation", $"Exclude&point={outside}", Annexes.Fields(form)));
        Assert.Equal("", removed.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Tender_IncludePoints")!.Value);
        Assert.Equal("", removed.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Tender_ExcludePoints")!.Value);
        Assert.DoesNotContain(removed.QuerySelectorAll(".lot-result .point-id"), e => e.TextContent == outside);
        Assert.Contains(removed.QuerySelectorAll(".other-points .point-id"), e => e.TextContent == outside);
    }

    [Fact]
    public async Task With_several_lots_a_point_missing_from_some_says_from_which()
    {
        using var client = server.Client();
        var lots = Annexes.Multilot.Lots;
        var catalogue = Annexes.Workbench.Catalogue;
        var partly = catalogue.AllPoints().First(p => lots.Any(l => p.AppliesTo(l.Segment.Value)) && !lots.All(l => p.AppliesTo(l.Segment.Value)));

        var page = await PageClient.Parse(await client.PostForm("/Consultation", "Check", Annexes.Fields(Annexes.Multilot)));

        var item = page.QuerySelectorAll(".other-points li").Single(li => li.QuerySelector(".point-id")!.TextContent == partly.Id);
        Assert.Contains("absent du lot", item.TextContent, StringComparison.Ordinal);

        // Added to every lot, then excluded: taken back, and excluded where a lot has it of its own.
        var form = TenderFormMapping.FromTender(Annexes.Multilot);
        form.IncludePoints = partly.Id;
        var excluded = await PageClient.Parse(await client.PostForm("/Consultation", $"Exclude&point={partly.Id}", Annexes.Fields(form)));
        Assert.Equal("", excluded.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Tender_IncludePoints")!.Value);
        Assert.Contains(partly.Id, TenderFormMapping.Split(excluded.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Tender_ExcludePoints")!.Value));
        Assert.DoesNotContain(excluded.QuerySelectorAll(".lot-result .point-id"), e => e.TextContent == partly.Id);
    }

    [Fact]
    public async Task Shows_the_points_of_each_lot_by_section_with_counts()
    {
        using var client = server.Client();

        var response = await client.PostForm("/Consultation", "Check", Annexes.Fields(Annexes.Multilot));

        var page = await PageClient.Parse(response);
        var lots = page.QuerySelectorAll(".lot-result");
        Assert.Equal(3, lots.Length);
        var expected = PointCount(Annexes.Multilot, 0);
        Assert.Contains($"{expected} exigences", lots[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(expected, lots[0].QuerySelectorAll(".count").Sum(c => int.Parse(c.TextContent, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Preview_shows_the_annex_as_the_candidate_reads_it_in_its_lot()
    {
        using var client = server.Client();

        var response = await client.PostForm("/Consultation", "Preview&lot=unique", Annexes.Fields(Annexes.Example));

        var preview = (await PageClient.Parse(response)).QuerySelector(".lot-result .annex-preview")!;
        Assert.Contains("O-7.2", preview.TextContent, StringComparison.Ordinal);
        Assert.NotNull(preview.QuerySelector("h1, h2"));
        Assert.NotNull(preview.QuerySelector("table .form-field"));
        Assert.DoesNotContain(":::", preview.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("language: fr-FR", preview.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("[[", preview.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Imported_tender_file_fills_the_form()
    {
        using var client = server.Client();

        var response = await client.PostFiles("/Consultation", "Import", "tenderFile", [("ma consultation.yml", File.ReadAllBytes(Annexes.MultilotPath))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.Parse(response);
        Assert.Equal("2026T0412", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Tender_Reference")!.Value);
        Assert.Equal("hosting", page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#Tender_Lots_1__Segment")!.Value);
    }

    [Fact]
    public async Task Broken_tender_file_is_explained()
    {
        using var client = server.Client();

        var response = await client.PostFiles("/Consultation", "Import", "tenderFile", [("x.yml", Encoding.UTF8.GetBytes("reference: [unterminated\n"))]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("contient des erreurs", (await PageClient.Parse(response)).Body!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The buyer reads the whole detail of a tender's mistake in French, not only the name of its id.</summary>
    [Fact]
    public async Task A_tender_file_with_an_unknown_key_is_explained_in_French_in_full()
    {
        using var client = server.Client();
        var yaml = "reference: R\nsubject: T\nbuyer:\n  name: B\nsegment: saas\nlotz: []\n";

        var response = await client.PostFiles("/Consultation", "Import", "tenderFile", [("x.yml", Encoding.UTF8.GetBytes(yaml))]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = (await PageClient.Parse(response)).Body!.TextContent;
        Assert.Contains("Le fichier de consultation contient des erreurs\u00A0: consultation.yml(6,1)\u00A0: CLZ1004 "
            + "Clé inconnue\u00A0: «\u00A0lotz\u00A0» de la consultation. Vouliez-vous dire «\u00A0lots\u00A0»\u00A0?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unknown key", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", text, StringComparison.Ordinal);
    }

    private static int PointCount(Tender tender, int lot) =>
        Core.Selection.PointSelector.Select(Annexes.Workbench.Catalogue, tender, tender.Lots[lot]).Value!.Points.Count();
}
