using Clausier.Core.Tenders;
using Clausier.Pipeline;
using Clausier.Pipeline.Batch;
using Clausier.Web.Services;
using Clausier.Web.Tendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace Clausier.Web.Pages;

/// <summary>
/// The tender form: every button posts the whole tender, so each request stands alone. Checking,
/// excluding a point or previewing re-renders the page; the downloads answer with a file.
/// </summary>
public sealed partial class ConsultationModel(Workbench workbench, ILogger<ConsultationModel> logger) : PageModel
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [BindProperty]
    public TenderForm Tender { get; set; } = new();

    public Workbench Workbench => workbench;

    public TenderCheck? Check { get; private set; }

    /// <summary>The lot whose intermediate annex text is shown, and that text.</summary>
    public (string Lot, string Markdown)? Preview { get; private set; }

    /// <summary>Why an imported file was refused, or why a download could not be made.</summary>
    public string? ImportError { get; private set; }

    public string? Notice { get; private set; }

    public void OnGet(bool exemple = false)
    {
        Tender = exemple ? TenderFormMapping.FromTender(TenderReader.ReadFile(BuiltIn.ExampleTender).Value!) : Blank();
        if (exemple)
        {
            Check = TenderCheck.Run(Tender, workbench);
        }
    }

    public IActionResult OnPostCheck() => Checked();

    public IActionResult OnPostAddLot()
    {
        ModelState.Clear();
        Tender.Lots.Add(new LotForm { Number = (Tender.Lots.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return Page();
    }

    public IActionResult OnPostRemoveLot(int index)
    {
        ModelState.Clear();
        if (index >= 0 && index < Tender.Lots.Count)
        {
            Tender.Lots.RemoveAt(index);
        }

        return Page();
    }

    public IActionResult OnPostExclude(string point) => Toggle(point, exclude: true);

    public IActionResult OnPostRestore(string point) => Toggle(point, exclude: false);

    /// <summary>Adds a point outside the lots' segments: to every lot, as <c>include_points</c> does.</summary>
    public IActionResult OnPostInclude(string point)
    {
        var included = TenderFormMapping.Split(Tender.IncludePoints).Where(p => !Same(p, point)).Append(point);
        Tender.IncludePoints = string.Join(", ", included);
        Tender.ExcludePoints = string.Join(", ", TenderFormMapping.Split(Tender.ExcludePoints).Where(p => !Same(p, point)));
        ModelState.Remove($"{nameof(Tender)}.{nameof(TenderForm.IncludePoints)}");
        ModelState.Remove($"{nameof(Tender)}.{nameof(TenderForm.ExcludePoints)}");
        return Checked();
    }

    public IActionResult OnPostPreview(string lot)
    {
        var result = Checked();
        if (Check is { Succeeded: true, Tender: { } tender } && tender.FindLot(lot) is { } chosen)
        {
            var annex = workbench.Generator.Generate(tender, chosen);
            Preview = annex.Markdown is null ? null : (chosen.Number, annex.Markdown);
        }

        return result;
    }

    public IActionResult OnPostYaml()
    {
        var result = Checked();
        if (Check?.Tender is not { } tender || !ModelState.IsValid)
        {
            return result;
        }

        var name = DownloadNames.Safe("consultation-" + tender.Reference, ".yml");
        return File(System.Text.Encoding.UTF8.GetBytes(Check.Yaml), "application/yaml; charset=utf-8", name);
    }

    public IActionResult OnPostDocx(string lot)
    {
        var result = Checked();
        if (Check is not { Succeeded: true, Tender: { } tender } || tender.FindLot(lot) is not { } chosen)
        {
            return result;
        }

        var annex = workbench.Generator.Generate(tender, chosen);
        if (!annex.Succeeded)
        {
            return Failed(annex);
        }

        LogGenerated(logger, tender.Reference, chosen.Number);
        return File(annex.Docx!, DocxType, OutputNames.For(tender, chosen));
    }

    public IActionResult OnPostZip()
    {
        var result = Checked();
        if (Check is not { Succeeded: true, Tender: { } tender })
        {
            return result;
        }

        var annexes = workbench.Generator.GenerateAll(tender);
        if (annexes.FirstOrDefault(a => !a.Succeeded) is { } failed)
        {
            return Failed(failed);
        }

        LogGenerated(logger, tender.Reference, "all");
        return File(AnnexArchive.Create(tender, annexes, workbench.Timestamp), "application/zip", DownloadNames.Safe("annexes-" + tender.Reference, ".zip"));
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? tenderFile)
    {
        ModelState.Clear();
        var imported = await TenderUpload.ReadAsync(tenderFile, workbench.Options, HttpContext.RequestAborted);
        if (imported.Tender is null)
        {
            Tender = Blank();
            ImportError = imported.Error;
            Response.StatusCode = imported.Status;
            return Page();
        }

        Tender = TenderFormMapping.FromTender(imported.Tender);
        Check = TenderCheck.Run(Tender, workbench);
        Notice = $"Consultation « {imported.Tender.Reference} » importée : vérifiez les champs puis téléchargez l'annexe.";
        return Page();
    }

    private IActionResult Toggle(string point, bool exclude)
    {
        var included = TenderFormMapping.Split(Tender.IncludePoints);
        var excluded = TenderFormMapping.Split(Tender.ExcludePoints).Where(p => !Same(p, point)).ToList();
        ModelState.Remove($"{nameof(Tender)}.{nameof(TenderForm.ExcludePoints)}");
        ModelState.Remove($"{nameof(Tender)}.{nameof(TenderForm.IncludePoints)}");
        if (exclude && included.Any(p => Same(p, point)))
        {
            // A point the buyer added is taken back, and excluded as well only where a lot has it of its own.
            Tender.IncludePoints = string.Join(", ", included.Where(p => !Same(p, point)));
            Tender.ExcludePoints = string.Join(", ", excluded);
            if (!SelectedInSomeLot(point))
            {
                return Checked();
            }
        }

        if (exclude)
        {
            excluded.Add(point);
        }

        Tender.ExcludePoints = string.Join(", ", excluded);
        return Checked();
    }

    private bool SelectedInSomeLot(string point) =>
        ModelState.IsValid && TenderCheck.Run(Tender, workbench) is { Succeeded: true } check
        && check.Lots.Any(l => l.Selection!.Points.Any(p => Same(p.Id, point)));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private PageResult Checked()
    {
        if (Tender.Lots.Count == 0)
        {
            ModelState.AddModelError($"{nameof(Tender)}.{nameof(TenderForm.Lots)}", "Ajoutez au moins un lot.");
        }

        if (ModelState.IsValid)
        {
            Check = TenderCheck.Run(Tender, workbench);
        }

        return Page();
    }

    private PageResult Failed(GeneratedAnnex annex)
    {
        LogGenerationFailed(logger, annex.LotNumber, string.Join(" | ", annex.Diagnostics.Where(d => d.IsError)));
        ImportError = $"L'annexe du lot {annex.LotNumber} n'a pas pu être produite : " +
            string.Join(" ; ", annex.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Id} {d.French}"));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private static TenderForm Blank() => new() { Version = "1.0", Lots = [new LotForm { Number = "1" }] };

    [LoggerMessage(Level = LogLevel.Information, Message = "Generated annex of tender {Reference}, lot {Lot}")]
    private static partial void LogGenerated(ILogger logger, string reference, string lot);

    [LoggerMessage(Level = LogLevel.Error, Message = "Annex of lot {Lot} could not be generated: {Errors}")]
    private static partial void LogGenerationFailed(ILogger logger, string lot, string errors);
}
