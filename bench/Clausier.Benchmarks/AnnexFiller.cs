using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Benchmarks;

/// <summary>Fills every answer control of an annex the way Word does, so the reader has real answers to parse.</summary>
internal static class AnnexFiller
{
    public static byte[] Fill(byte[] annex)
    {
        using var stream = new MemoryStream();
        stream.Write(annex);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            foreach (var control in document.MainDocumentPart!.Document.Body!.Descendants<SdtRun>())
            {
                var tag = control.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value ?? "";
                var value = tag.EndsWith(":status", StringComparison.Ordinal) ? "Oui"
                    : tag.EndsWith(":date", StringComparison.Ordinal) ? null
                    : tag.StartsWith("clausier:", StringComparison.Ordinal) ? "Réponse détaillée du candidat, avec ses justificatifs." : null;
                if (value is null || control.SdtContentRun is null)
                {
                    continue;
                }

                control.SdtProperties!.GetFirstChild<ShowingPlaceholder>()?.Remove();
                control.SdtContentRun.RemoveAllChildren();
                control.SdtContentRun.AppendChild(new Run(new Text(value)));
            }
        }

        return stream.ToArray();
    }
}
