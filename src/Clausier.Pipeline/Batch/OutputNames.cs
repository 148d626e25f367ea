using Clausier.Core.Tenders;
using Clausier.Core.Text;

namespace Clausier.Pipeline.Batch;

/// <summary>File names of batch outputs: <c>&lt;reference&gt;-lot&lt;N&gt;-&lt;segment&gt;.docx</c>, each part made safe by <see cref="FileNamePart"/>.</summary>
public static class OutputNames
{
    public static string For(Tender tender, Lot lot) =>
        $"{FileNamePart.Of(tender.Reference, "sans-reference")}-lot{FileNamePart.Of(lot.Number, "sans-numero")}-{FileNamePart.Of(lot.Segment.Value, "sans-segment")}.docx";
}
