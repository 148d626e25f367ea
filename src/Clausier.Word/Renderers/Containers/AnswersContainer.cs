using Clausier.Core.Diagnostics;
using Clausier.Word.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Clausier.Word.Renderers.Containers;

/// <summary>
/// <c>::: answers O-7.2</c> around one pipe table: the point's answer table. The form contract has
/// readers find it by its first cell, so that cell must be the point id.
/// </summary>
internal static class AnswersContainer
{
    public static void Write(WordRenderer renderer, CustomContainer container)
    {
        var state = renderer.State;
        var pointId = AnnexContainer.PointId(container);
        if (pointId is null)
        {
            state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3106.answers", state.At(container));
        }

        var tables = container.OfType<Table>().ToList();
        if (tables.Count != 1 || container.Count != 1)
        {
            state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3109.content", state.At(container), tables.Count, container.Count - tables.Count);
        }
        else if (pointId is not null && FirstCellText(tables[0]) != pointId)
        {
            state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3109.first-cell", state.At(tables[0]), pointId, FirstCellText(tables[0]));
        }

        using (state.AnswerPoint.Push(pointId ?? ""))
        {
            renderer.WriteChildren(container);
        }
    }

    private static string FirstCellText(Table table) =>
        First<TableRow>(table) is { } row && First<TableCell>(row) is { } cell && First<ParagraphBlock>(cell) is { } paragraph
            ? PlainText.Of(paragraph.Inline)
            : "";

    private static T? First<T>(ContainerBlock container)
        where T : Block
    {
        foreach (var block in container)
        {
            if (block is T match)
            {
                return match;
            }
        }

        return null;
    }
}
