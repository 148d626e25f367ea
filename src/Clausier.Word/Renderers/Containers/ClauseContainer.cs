using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;
using Clausier.Core.Text;
using Clausier.Word.Docx;
using Clausier.Word.Markdown;
using Clausier.Word.Wml;
using Markdig.Extensions.CustomContainers;

namespace Clausier.Word.Renderers.Containers;

/// <summary>
/// <c>::: clause O-7.2</c>: the clause text inside a block content control tagged
/// <c>clausier:O-7.2:clause</c>, locked against editing and deletion. The text of the paragraphs
/// written here is kept for the manifest's clause hash (<see cref="ClauseHashes"/>).
/// </summary>
internal static class ClauseContainer
{
    public static void Write(WordRenderer renderer, CustomContainer container)
    {
        var state = renderer.State;
        var pointId = AnnexContainer.PointId(container);
        if (pointId is null)
        {
            state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3106.clause", state.At(container));
            renderer.WriteChildren(container);
            return;
        }

        if (state.ClauseTexts.ContainsKey(pointId))
        {
            state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3107", state.At(container), pointId);
            renderer.WriteChildren(container);
            return;
        }

        if (state.Point(pointId) is null)
        {
            state.Diagnostics.Report(DiagnosticSeverity.Warning, "CLZ3103.clause", state.At(container), pointId);
        }

        var content = new WmlElement(W.SdtContent);
        using (state.Blocks.Push(content))
        {
            renderer.WriteChildren(container);
            if (!content.HasChildren)
            {
                state.AddParagraph(StyleNames.Normal);
            }
        }

        // The point's heading keeps with the clause by its style; this keeps the clause with the answer
        // table that follows, so that a page break never separates a requirement from its answer.
        WmlWalk.Each(content, W.Paragraph, paragraph => paragraph.Property(W.ParagraphProperties).Property(W.KeepNext));

        state.ClauseTexts.Add(pointId, ParagraphText.Join(content, ClauseHashCache.ParagraphSeparator));
        state.Blocks.Current.Add(ContentControls.Clause($"Clause {pointId}", FormContract.ClauseTag(pointId), state.Ids.Next(), content));
    }
}
