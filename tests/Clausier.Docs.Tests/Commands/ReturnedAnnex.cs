using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Docs.Tests.Commands;

/// <summary>
/// Stands in for an annex a candidate sent back: every content control of a generated annex answered
/// as a diligent candidate would (Oui, a description, the evidence, the candidate block), so that
/// <c>clausier parse</c> reads it without a problem, as in the documentation's examples.
/// </summary>
internal static class ReturnedAnnex
{
    private static readonly Dictionary<string, string> Candidate = new(StringComparer.Ordinal)
    {
        ["company"] = "Alpha Santé SAS",
        ["siret"] = "73282932000074",
        ["signatory"] = "Jeanne Martin",
        ["role"] = "Présidente",
        ["date"] = "15/03/2026",
    };

    /// <summary>Fills <paramref name="docx"/> in place.</summary>
    public static void Fill(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, isEditable: true);
        var body = document.MainDocumentPart!.Document!.Body!;
        foreach (var control in body.Descendants<SdtElement>().ToList())
        {
            var tag = control.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value?.Split(':');
            if (tag is not ["clausier", var scope, var field] || Answer(scope, field) is not { } text)
            {
                continue;
            }

            control.SdtProperties!.RemoveAllChildren<ShowingPlaceholder>();
            switch (control)
            {
                case SdtRun run:
                    run.SdtContentRun!.RemoveAllChildren();
                    run.SdtContentRun.Append(new Run(new Text(text)));
                    break;
                case SdtBlock block:
                    block.SdtContentBlock!.RemoveAllChildren();
                    block.SdtContentBlock.Append(new Paragraph(new Run(new Text(text))));
                    break;
            }
        }
    }

    /// <summary>What goes in a field; null for the clause text and for the compliance date, needed only with Partiel.</summary>
    private static string? Answer(string scope, string field) => (scope, field) switch
    {
        ("candidate", _) => Candidate.GetValueOrDefault(field),
        (_, "status") => "Oui",
        (_, "answer") => "Le titulaire s'y engage ; les modalités sont décrites dans son plan d'assurance sécurité.",
        (_, "evidence") => "Plan d'assurance sécurité, chapitre 2",
        _ => null,
    };
}
