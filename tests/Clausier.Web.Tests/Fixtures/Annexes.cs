using Clausier.Benchmarks;
using Clausier.Core.Tenders;
using Clausier.Pipeline;
using Clausier.Web.Services;
using Clausier.Web.Tendering;

namespace Clausier.Web.Tests.Fixtures;

/// <summary>Tenders and annexes the tests post: the built-in examples, generated and filled in memory.</summary>
public static class Annexes
{
    private static readonly Lazy<Workbench> Bench = new(() => Workbench.Load(WebServerOptions.Default));

    public static Workbench Workbench => Bench.Value;

    public static AnnexGenerator Generator => Workbench.Generator(Workbench.Today());

    public static Tender Example => TenderReader.ReadFile(BuiltIn.ExampleTender).Value!;

    public static Tender Multilot => TenderReader.ReadFile(Path.Combine(BuiltIn.ExamplesFolder, "tender-multilot.yml")).Value!;

    public static string MultilotPath => Path.Combine(BuiltIn.ExamplesFolder, "tender-multilot.yml");

    /// <summary>The example tender's annex with every control answered « Oui » and a text.</summary>
    public static byte[] Filled() => AnnexFiller.Fill(Blank());

    public static byte[] Blank() => Generator.Generate(Example, Example.Lots[0]).Docx!;

    public const string FilledAnswer = "Réponse détaillée du candidat, avec ses justificatifs.";

    /// <summary>The form fields the consultation page posts for a tender.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Fields(Tender tender) => Fields(TenderFormMapping.FromTender(tender));

    public static IEnumerable<KeyValuePair<string, string>> Fields(TenderForm form)
    {
        var prefix = "Tender.";
        var fields = new List<KeyValuePair<string, string>>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                fields.Add(new(prefix + name, value));
            }
        }

        Add(nameof(form.BuyerName), form.BuyerName);
        Add(nameof(form.BuyerGroup), form.BuyerGroup);
        Add(nameof(form.BuyerService), form.BuyerService);
        Add(nameof(form.BuyerAddress), form.BuyerAddress);
        Add(nameof(form.BuyerContact), form.BuyerContact);
        Add(nameof(form.Reference), form.Reference);
        Add(nameof(form.Subject), form.Subject);
        Add(nameof(form.Procedure), form.Procedure);
        Add(nameof(form.ContractForm), form.ContractForm);
        Add(nameof(form.Deadline), form.Deadline?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Add(nameof(form.Platform), form.Platform);
        Add(nameof(form.Cpv), form.Cpv);
        Add(nameof(form.Version), form.Version);
        Add(nameof(form.AnnexNumber), form.AnnexNumber);
        Add(nameof(form.DocumentDate), form.DocumentDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add(nameof(form.Catalogue), form.Catalogue);
        Add(nameof(form.AllowPartial), form.AllowPartial ? "true" : "false");
        Add(nameof(form.Typography), form.Typography ? "true" : "false");
        Add(nameof(form.ExcludePoints), form.ExcludePoints);
        Add(nameof(form.IncludePoints), form.IncludePoints);
        Add(nameof(form.IncludeSections), form.IncludeSections);
        Add(nameof(form.ExcludeSections), form.ExcludeSections);
        for (var i = 0; i < form.Lots.Count; i++)
        {
            Add($"Lots[{i}].Number", form.Lots[i].Number);
            Add($"Lots[{i}].Title", form.Lots[i].Title);
            Add($"Lots[{i}].Segment", form.Lots[i].Segment);
            Add($"Lots[{i}].ExcludePoints", form.Lots[i].ExcludePoints);
            Add($"Lots[{i}].IncludePoints", form.Lots[i].IncludePoints);
            foreach (var option in form.Lots[i].SegmentOptions)
            {
                Add($"Lots[{i}].SegmentOptions", option);
            }
        }

        for (var i = 0; i < form.Derogations.Count; i++)
        {
            Add($"Derogations[{i}].Parameter", form.Derogations[i].Parameter);
            Add($"Derogations[{i}].Point", form.Derogations[i].Point);
            Add($"Derogations[{i}].Reason", form.Derogations[i].Reason);
        }

        foreach (var (id, value) in form.Parameters)
        {
            Add($"Parameters[{id}]", value);
        }

        var evaluation = form.Evaluation;
        Add("Evaluation.Present", evaluation.Present ? "true" : null);
        Add("Evaluation.Criterion", evaluation.Criterion);
        Add("Evaluation.Total", evaluation.Total);
        Add("Evaluation.DefaultImportance", evaluation.DefaultImportance);
        for (var i = 0; i < evaluation.Sections.Count; i++)
        {
            Add($"Evaluation.Sections[{i}].Key", evaluation.Sections[i].Key);
            Add($"Evaluation.Sections[{i}].Weight", evaluation.Sections[i].Weight);
        }

        for (var i = 0; i < evaluation.Points.Count; i++)
        {
            Add($"Evaluation.Points[{i}].Key", evaluation.Points[i].Key);
            Add($"Evaluation.Points[{i}].Weight", evaluation.Points[i].Weight);
        }

        for (var i = 0; i < evaluation.Importance.Count; i++)
        {
            Add($"Evaluation.Importance[{i}].Scope", evaluation.Importance[i].Scope);
            Add($"Evaluation.Importance[{i}].Target", evaluation.Importance[i].Target);
            Add($"Evaluation.Importance[{i}].Value", evaluation.Importance[i].Value);
        }

        for (var i = 0; i < evaluation.Scale.Count; i++)
        {
            Add($"Evaluation.Scale[{i}]", evaluation.Scale[i]);
        }

        return fields;
    }
}
