using Clausier.Core.Selection;
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
    [BindProperty]
    public TenderForm Tender { get; set; } = new();

    public Workbench Workbench => workbench;

    public TenderCheck? Check { get; private set; }

    /// <summary>The lot whose annex is shown, and the annex as HTML, as the candidate will read it.</summary>
    public (string Lot, string Html)? Preview { get; private set; }

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

    /// <param name="lot">The lot the choice applies to; absent for every lot.</param>
    public IActionResult OnPostExclude(string point, string? lot) => Choose(t => PointChoices.Exclude(workbench.Catalogue, t, point, lot));

    public IActionResult OnPostRestore(string point, string? lot) => Choose(t => PointChoices.Restore(t, point, lot));

    /// <summary>Adds a point outside the lots' segments: to every lot, as <c>include_points</c> does, or to one lot.</summary>
    public IActionResult OnPostInclude(string point, string? lot) => Choose(t => PointChoices.Include(t, point, lot));

    public IActionResult OnPostPreview(string lot)
    {
        var result = Checked();
        if (Check is { Succeeded: true, Tender: { } tender } && tender.FindLot(lot) is { } chosen)
        {
            var annex = workbench.Generator(workbench.Today()).Generate(tender, chosen);
            Preview = annex.Markdown is null ? null : (chosen.Number, Clausier.Core.Text.AnnexHtml.Render(annex.Markdown));
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

        var annex = workbench.Generator(workbench.Today()).Generate(tender, chosen);
        if (!annex.Succeeded)
        {
            return Failed(annex);
        }

        LogGenerated(logger, tender.Reference, chosen.Number);
        return File(annex.Docx!, MediaTypes.Docx, OutputNames.For(tender, chosen));
    }

    public IActionResult OnPostZip()
    {
        var result = Checked();
        if (Check is not { Succeeded: true, Tender: { } tender })
        {
            return result;
        }

        var today = workbench.Today();
        var annexes = workbench.Generator(today).GenerateAll(tender);
        if (annexes.FirstOrDefault(a => !a.Succeeded) is { } failed)
        {
            return Failed(failed);
        }

        LogGenerated(logger, tender.Reference, "all");
        return File(AnnexArchive.Create(tender, annexes, today), "application/zip", DownloadNames.Safe("annexes-" + tender.Reference, ".zip"));
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

    /// <summary>Applies a choice about one point, decided by Core, to the posted tender's point lists.</summary>
    private PageResult Choose(Func<Tender, Tender> choice)
    {
        TenderFormMapping.CopyPointLists(choice(TenderFormMapping.ToTender(Tender)), Tender);
        foreach (var key in ModelState.Keys.Where(k => k.EndsWith("Points", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        return Checked();
    }

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
        ImportError = PageText.Of("page.annex-not-made", annex.LotNumber,
            string.Join("\u00A0; ", annex.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Id} {d.French}")));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private static TenderForm Blank() => new() { Version = "1.0", Lots = [new LotForm { Number = "1" }] };

    [LoggerMessage(Level = LogLevel.Information, Message = "Generated annex of tender {Reference}, lot {Lot}")]
    private static partial void LogGenerated(ILogger logger, string reference, string lot);

    [LoggerMessage(Level = LogLevel.Error, Message = "Annex of lot {Lot} could not be generated: {Errors}")]
    private static partial void LogGenerationFailed(ILogger logger, string lot, string errors);
}
