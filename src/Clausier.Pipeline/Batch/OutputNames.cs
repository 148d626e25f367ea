using System.Text;
using Clausier.Core.Tenders;

namespace Clausier.Pipeline.Batch;

/// <summary>File names of batch outputs: <c>&lt;reference&gt;-lot&lt;N&gt;-&lt;segment&gt;.docx</c>, safe on every file system.</summary>
public static class OutputNames
{
    public static string For(Tender tender, Lot lot) => $"{Safe(tender.Reference)}-lot{Safe(lot.Number)}-{Safe(lot.Segment.Value)}.docx";

    private static string Safe(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            {
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '/' or '\\' or ':')
            {
                builder.Append('-');
            }
        }

        var safe = builder.ToString().Trim('.', '-');
        return safe.Length == 0 ? "sans-reference" : safe;
    }
}
