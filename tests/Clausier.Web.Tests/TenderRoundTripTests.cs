using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Clausier.Core.Tenders;
using Clausier.Pipeline;
using Clausier.Testing;
using Clausier.Web.Tendering;
using Clausier.Web.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace Clausier.Web.Tests;

/// <summary>
/// A tender file imported on the consultation page and downloaded again reads back to the same tender,
/// for every example tender and for one setting every key: the form loses nothing the command line reads.
/// </summary>
public sealed class TenderRoundTripTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    /// <summary>Every tender of templates/examples, the batch's inline ones included, and the tender that sets every key.</summary>
    public static TheoryData<string> Tenders()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in ExampleTenders())
        {
            data.Add(name);
        }

        data.Add(EveryKey);
        return data;
    }

    private const string EveryKey = "every-key.yml";

    [Theory]
    [MemberData(nameof(Tenders))]
    public void The_form_maps_the_tender_back_to_the_same_record(string name)
    {
        var original = Read(name);

        var form = TenderFormMapping.FromTender(original);
        var copy = ReadBack(TenderYamlWriter.Write(TenderFormMapping.ToTender(form)));

        Assert.Equal(RecordShape.Of(original), RecordShape.Of(copy));
    }

    [Theory]
    [MemberData(nameof(Tenders))]
    public async Task A_tender_file_imported_on_the_page_downloads_again_as_the_same_tender(string name)
    {
        using var client = server.Client();
        var original = Read(name);
        var imported = await client.PostFiles("/Consultation", "Import", "tenderFile", [("consultation.yml", Encoding.UTF8.GetBytes(Yaml(name)))]);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var page = await PageClient.Parse(imported);

        // What the browser would post: every field of the form, hidden ones included, as the page rendered them.
        var response = await client.PostForm("/Consultation", "Yaml", Submitted(page.QuerySelector<IHtmlFormElement>("form#consultation")!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/yaml", response.Content.Headers.ContentType!.MediaType);
        var copy = ReadBack(await response.Content.ReadAsStringAsync());
        Assert.Equal(RecordShape.Of(original), RecordShape.Of(copy));
    }

    [Fact]
    public async Task The_page_shows_the_imported_weights_and_what_it_keeps_unedited()
    {
        using var client = server.Client();
        var imported = await client.PostFiles("/Consultation", "Import", "tenderFile", [("consultation.yml", Encoding.UTF8.GetBytes(TenderFixtures.EveryKeyYaml))]);
        var page = await PageClient.Parse(imported);

        Assert.Equal("Sécurité des systèmes d'information", page.QuerySelector<IHtmlInputElement>("#Tender_Evaluation_Criterion")!.Value);
        Assert.Equal("100", page.QuerySelector<IHtmlInputElement>("#Tender_Evaluation_Total")!.Value);
        var weights = page.QuerySelectorAll("table.weights tbody tr")
            .Select(r => (r.QuerySelector("input[type=hidden]")!.GetAttribute("value") ?? "", r.QuerySelector<IHtmlInputElement>("input.weight")!.GetAttribute("value") ?? ""))
            .ToList();
        Assert.Equal([("3", "33,3"), ("5", "33,3"), ("12.3", "33,4")], weights.Take(3));
        Assert.Contains(("7", ""), weights);
        var kept = page.QuerySelector(".evaluation-kept")!.TextContent;
        Assert.Contains("O-3.1", kept, StringComparison.Ordinal);
        Assert.Contains("pour information", kept, StringComparison.Ordinal);
        Assert.Contains("« ../clausier-sante-v2.yaml »", page.QuerySelector("#catalogue-du-fichier")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2027-03-01", page.QuerySelector<IHtmlInputElement>("#Tender_DocumentDate")!.GetAttribute("value"));
        Assert.Equal("4b", page.QuerySelector<IHtmlInputElement>("#Tender_AnnexNumber")!.Value);
    }

    [Fact]
    public async Task Weights_typed_with_a_decimal_comma_reach_the_tender_file_and_the_grid_of_each_lot()
    {
        using var client = server.Client();
        var form = TenderFormMapping.FromTender(Annexes.Example);
        form.Evaluation.Criterion = "Sécurité";
        form.Evaluation.Total = "20";
        form.Evaluation.Sections = [new WeightForm { Key = "3", Weight = "12,5" }, new WeightForm { Key = "5", Weight = "7.5" }];

        var page = await PageClient.Parse(await client.PostForm("/Consultation", "Check", Annexes.Fields(form)));
        var yaml = await (await client.PostForm("/Consultation", "Yaml", Annexes.Fields(form))).Content.ReadAsStringAsync();

        Assert.Contains("section 3 : 12,5 · section 5 : 7,5", page.QuerySelector(".grid-summary")!.TextContent, StringComparison.Ordinal);
        var read = ReadBack(yaml).Evaluation!;
        Assert.Equal([("3", 12.5), ("5", 7.5)], read.SectionWeights.Select(s => (s.Key, s.Value.Value)));
        Assert.Equal(20, read.Total!.Value);
    }

    [Fact]
    public async Task A_weight_that_is_not_a_number_is_reported_next_to_its_section_and_weights_that_do_not_add_up_are_named()
    {
        using var client = server.Client();
        var form = TenderFormMapping.FromTender(Annexes.Example);
        form.Evaluation.Total = "20";
        form.Evaluation.Sections = [new WeightForm { Key = "3", Weight = "douze" }];

        var invalid = await PageClient.Parse(await client.PostForm("/Consultation", "Check", Annexes.Fields(form)));
        form.Evaluation.Sections = [new WeightForm { Key = "3", Weight = "12" }, new WeightForm { Key = "5", Weight = "9" }];
        var unbalanced = await PageClient.Parse(await client.PostForm("/Consultation", "Check", Annexes.Fields(form)));

        var field = invalid.QuerySelector<IHtmlInputElement>("#Tender_Evaluation_Sections_0__Weight")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Contains("Un nombre positif, par exemple 12 ou 12,5.", invalid.QuerySelector($"#{field.GetAttribute("aria-describedby")}")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Un nombre positif, par exemple 12 ou 12,5.", invalid.QuerySelector("#resume-validation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("CLZ1144", unbalanced.QuerySelector("#alertes-notation")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The fields a browser submits for <paramref name="form"/> without a submit button: named, enabled, checked if a box.</summary>
    internal static List<KeyValuePair<string, string>> Submitted(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || name == PageClient.TokenField || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.GetAttribute("value") ?? "on"));
                    }

                    break;
                case IHtmlInputElement input when input.Type is not ("submit" or "button" or "file" or "reset" or "image"):
                    fields.Add(new(name, input.GetAttribute("value") ?? ""));
                    break;
                case IHtmlSelectElement select:
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
                case IHtmlTextAreaElement textarea:
                    fields.Add(new(name, textarea.Value));
                    break;
            }
        }

        return fields;
    }

    private static Tender Read(string name)
    {
        var result = TenderReader.Read(name, new StringReader(Yaml(name)));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    private static Tender ReadBack(string yaml)
    {
        var result = TenderReader.Read("download.yml", new StringReader(yaml));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics) + "\n" + yaml);
        return result.Value!;
    }

    private static string Yaml(string name) =>
        name == EveryKey ? TenderFixtures.EveryKeyYaml : ExampleTenders().Single(t => t.Name == name).Yaml;

    /// <summary>The example tender files as they are, and each tender written inline in an example batch, as its own file.</summary>
    private static IEnumerable<(string Name, string Yaml)> ExampleTenders()
    {
        foreach (var path in Directory.EnumerateFiles(BuiltIn.ExamplesFolder, "*.yml").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            if (!root.Children.TryGetValue(new YamlScalarNode("tenders"), out var items))
            {
                yield return (Path.GetFileName(path), text);
                continue;
            }

            var index = 0;
            foreach (var item in (YamlSequenceNode)items)
            {
                if (((YamlMappingNode)item).Children.TryGetValue(new YamlScalarNode("tender"), out var inline))
                {
                    var document = new YamlStream(new YamlDocument(inline));
                    using var writer = new StringWriter();
                    document.Save(writer, assignAnchors: false);
                    yield return ($"{Path.GetFileName(path)}#{index}", writer.ToString());
                }

                index++;
            }
        }
    }
}
