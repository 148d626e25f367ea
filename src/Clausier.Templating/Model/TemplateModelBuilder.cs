using Clausier.Core.Forms;
using Clausier.Core.Model;
using Clausier.Core.Selection;
using Clausier.Core.Text;
using Scriban.Runtime;

namespace Clausier.Templating.Model;

/// <summary>
/// Turns an <see cref="AnnexSelection"/> into the variables templates see (docs/templates.md).
/// Built from explicit script objects, never from .NET objects, so templates cannot reach .NET
/// members by reflection and every variable name is documented.
/// </summary>
public static class TemplateModelBuilder
{
    // Made from the method rather than a delegate: Scriban calls a delegate through DynamicInvoke, which
    // is slow on every escaped value; for a string → string method it has a typed wrapper.
    private static readonly IScriptCustomFunction MarkdownEscape =
        DynamicCustomFunction.Create(null, typeof(MarkdownText).GetMethod(nameof(MarkdownText.Escape))!);

    public static ScriptObject Build(AnnexSelection selection, string templateName)
    {
        var tender = selection.Tender;
        var values = selection.Parameters;
        var globals = new ScriptObject
        {
            ["tender"] = new ScriptObject
            {
                ["reference"] = tender.Reference,
                ["subject"] = tender.Subject,
                ["procedure"] = tender.Procedure,
                ["contract_form"] = tender.ContractForm,
                ["cpv"] = Array(tender.CpvCodes),
                ["deadline_date"] = tender.Deadline is { } deadline ? FrenchDates.DayWithWeekday(DateOnly.FromDateTime(deadline)) : null,
                ["deadline_time"] = tender.Deadline is { } time ? FrenchDates.Time(TimeOnly.FromDateTime(time)) : null,
                ["platform"] = tender.Platform,
                ["version"] = tender.DocumentVersion,
                ["annex_number"] = tender.AnnexNumber,
                ["date"] = tender.DocumentDate is { } date ? FrenchDates.Day(date) : null,
                ["lot_count"] = tender.Lots.Count,
            },
            ["buyer"] = new ScriptObject
            {
                ["name"] = tender.Buyer.Name,
                ["group"] = tender.Buyer.Group,
                ["address"] = tender.Buyer.Address,
                ["service"] = tender.Buyer.Service,
                ["contact"] = tender.Buyer.Contact,
            },
            ["lot"] = new ScriptObject
            {
                ["number"] = selection.Lot.Number,
                ["title"] = selection.Lot.Title,
                ["is_single"] = selection.Lot.Number == Core.Tenders.Tender.SingleLot,
            },
            ["segment"] = new ScriptObject
            {
                ["id"] = selection.Segment.Id,
                ["label"] = selection.Segment.Label,
                ["description"] = selection.Segment.Description,
            },
            ["catalogue"] = new ScriptObject
            {
                ["id"] = selection.Catalogue.Id,
                ["name"] = selection.Catalogue.Name,
                ["version"] = selection.Catalogue.Version,
                ["edition"] = selection.Catalogue.Edition,
                ["source"] = selection.Catalogue.Source,
                ["copyright"] = selection.Catalogue.Copyright,
            },
            ["options"] = new ScriptObject { ["allow_partial"] = tender.Options.AllowPartial, ["typography"] = tender.Options.Typography },
            ["parameters"] = Parameters(selection),
            ["sections"] = Array(selection.Sections.Select(s => Section(s, values, tender.Options.AllowPartial))),
            ["point_count"] = selection.Points.Count(),
            ["departures"] = Departures(selection.Departures, tender),
            ["candidate_fields"] = Array(FormContract.CandidateFields.Select(f => new ScriptObject { ["name"] = f.Name, ["label"] = f.Label })),
            ["template_name"] = templateName,
            [DocumentValues.Name] = DocumentValues.Create(),
            ["grid"] = GridModel.Build(selection),
        };
        return globals;
    }

    /// <summary>The functions every template sees, whatever its model.</summary>
    public static void AddFunctions(ScriptObject globals)
    {
        // Every template can set its document's title, header… as values (docs/templates.md), whatever its model.
        if (!globals.ContainsKey(DocumentValues.Name))
        {
            globals[DocumentValues.Name] = DocumentValues.Create();
        }

        if (!globals.ContainsKey("md_escape"))
        {
            globals.SetValue("md_escape", MarkdownEscape, readOnly: true);
        }
    }

    private static ScriptObject Parameters(AnnexSelection selection)
    {
        var parameters = new ScriptObject();
        foreach (var (id, value) in selection.Parameters)
        {
            parameters[id] = value;
        }

        return parameters;
    }

    /// <summary>What the annex changes from the published référentiel (the « Points retirés ou adaptés » appendix).</summary>
    private static ScriptObject Departures(AnnexDepartures departures, Core.Tenders.Tender tender) => new()
    {
        ["is_empty"] = departures.IsEmpty,
        ["excluded_points"] = Array(departures.ExcludedPoints.Select(e => new ScriptObject
        {
            ["id"] = e.Point.Id,
            ["title"] = e.Point.Title,
            ["scope"] = e.Scope switch { ExclusionScope.Tender => "tender", ExclusionScope.Lot => "lot", _ => "segment_option" },
            ["scope_label"] = e.Scope switch
            {
                ExclusionScope.Tender when tender.Lots.Count > 1 => "tous les lots",
                ExclusionScope.Tender => "la consultation",
                ExclusionScope.Lot => "ce lot",
                _ => "option du segment",
            },
            ["reason"] = e.Reason,
        })),
        ["added_points"] = Array(departures.AddedPoints.Select(p => new ScriptObject { ["id"] = p.Id, ["title"] = p.Title })),
        ["changed_parameters"] = Array(departures.ChangedParameters.Select(c => new ScriptObject
        {
            ["id"] = c.Parameter.Id,
            ["label"] = c.Parameter.Label,
            ["published"] = c.Published,
            ["is_ranked"] = c.IsRanked,
            ["value"] = c.Value,
            ["weaker"] = c.Weaker,
            ["reason"] = c.Reason,
        })),
    };

    private static ScriptObject Section(Section section, IReadOnlyDictionary<string, string> values, bool allowPartial) => new()
    {
        ["number"] = section.Number,
        ["title"] = section.Title,
        ["depth"] = section.Depth,
        ["introduction"] = MarkdownText.FillParameters(section.Introduction, values),
        ["points"] = Array(section.Points.Select(p => Point(p, values, allowPartial))),
        ["subsections"] = Array(section.Subsections.Select(s => Section(s, values, allowPartial))),
    };

    private static ScriptObject Point(ControlPoint point, IReadOnlyDictionary<string, string> values, bool allowPartial) => new()
    {
        ["id"] = point.Id,
        ["title"] = point.Title,
        ["body"] = MarkdownText.FillParameters(point.Body, values),
        ["answer_type"] = point.AnswerType.ToString(),
        ["answer_type_label"] = AnswerTypeLabel(point.AnswerType),
        ["condition"] = point.Condition is null ? null : MarkdownText.FillPlain(point.Condition, values),
        ["evidence"] = point.Evidence is null ? null : MarkdownText.FillPlain(point.Evidence, values),
        ["references"] = Array(point.References.Select(r => r.Text)),
        ["edition"] = point.Edition,
        ["group"] = point.Group,
        ["statuses"] = Array(FormContract.StatusesFor(point.AnswerType, allowPartial).Select(FormContract.StatusText)),
        ["fields"] = Array(FormContract.FieldsFor(point.AnswerType, allowPartial).Select(f => new ScriptObject
        {
            ["name"] = FormContract.FieldName(f),
            ["label"] = FormContract.Label(f),
        })),
        ["requires_status"] = point.AnswerType.RequiresStatus(),
        ["requires_description"] = point.AnswerType.RequiresDescription(),
    };

    /// <summary>What the candidate is asked, in the words a buyer uses.</summary>
    private static string AnswerTypeLabel(AnswerType type) => type switch
    {
        AnswerType.YesNo => "Oui / Non (justification obligatoire si Non)",
        AnswerType.YesNoNotApplicable => "Oui / Non / Non concerné (justification obligatoire si Non ou Non concerné)",
        AnswerType.Description => "Description ou document à fournir",
        AnswerType.DescriptionOrNotApplicable => "Description, ou Non concerné avec sa justification",
        AnswerType.None => "Engagement — commentaire facultatif",
        _ => type.ToString(),
    };

    public static ScriptArray Array<T>(IEnumerable<T> items) => [.. items.Cast<object?>()];
}
