using System.Text;
using Clausier.Core.Tenders;
using Microsoft.AspNetCore.Http;

namespace Clausier.Web.Tendering;

/// <summary>A tender YAML file sent by the browser, read in memory within <see cref="WebServerOptions.MaxTenderYamlBytes"/>.</summary>
public sealed record TenderUpload(Tender? Tender, string? Error, int Status)
{
    public static async Task<TenderUpload> ReadAsync(IFormFile? file, WebServerOptions options, CancellationToken cancel)
    {
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            return new(null, Services.PageText.Of("CLZ6101.tender"), StatusCodes.Status400BadRequest);
        }

        var name = Services.DownloadNames.Display(file.FileName);
        if (file.Length == 0)
        {
            return new(null, Services.PageText.Of("CLZ6104.tender", name), StatusCodes.Status400BadRequest);
        }

        if (file.Length > options.MaxTenderYamlBytes)
        {
            return new(null, Services.PageText.Of("CLZ6103.tender", name, Services.ErrorTexts.Size(options.MaxTenderYamlBytes)),
                StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return new(null, Services.PageText.Of("CLZ6106"), StatusCodes.Status415UnsupportedMediaType);
        }

        var result = TenderReader.Read(TenderCheck.FileName, new StringReader(text));
        if (result.Value is null || result.HasErrors)
        {
            var errors = string.Join("\u00A0; ", result.Diagnostics.Where(d => d.IsError).Take(5).Select(d => d.Location is null ? $"{d.Id} {d.French}" : $"{d.Location}\u00A0: {d.Id} {d.French}"));
            return new(null, Services.PageText.Of("CLZ6107", errors), StatusCodes.Status400BadRequest);
        }

        return new(result.Value, null, StatusCodes.Status200OK);
    }
}
