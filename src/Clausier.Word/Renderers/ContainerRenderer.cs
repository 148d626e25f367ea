using Clausier.Core.Diagnostics;
using Clausier.Word.Markdown;
using Clausier.Word.Renderers.Containers;
using Markdig.Extensions.CustomContainers;

namespace Clausier.Word.Renderers;

/// <summary>
/// <c>::: name args</c> containers. Markdig picks renderers by node type only, so this one dispatches
/// on the container name to one writer per kind (Containers/).
/// </summary>
internal sealed class ContainerRenderer : WordObjectRenderer<CustomContainer>
{
    protected override void Write(WordRenderer renderer, CustomContainer container)
    {
        switch (AnnexContainer.KindOf(container))
        {
            case AnnexContainerKind.Cover:
                CoverContainer.Write(renderer, container);
                break;
            case AnnexContainerKind.Toc:
                TocContainer.Write(renderer, container);
                break;
            case AnnexContainerKind.Note:
                NoteContainer.Write(renderer, container);
                break;
            case AnnexContainerKind.Clause:
                ClauseContainer.Write(renderer, container);
                break;
            case AnnexContainerKind.Answers:
                AnswersContainer.Write(renderer, container);
                break;
            default:
                var state = renderer.State;
                state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3004", state.At(container), container.Info);
                renderer.WriteChildren(container);
                break;
        }
    }
}
