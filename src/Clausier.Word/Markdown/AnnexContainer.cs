using Markdig.Extensions.CustomContainers;

namespace Clausier.Word.Markdown;

/// <summary>The <c>:::</c> containers annex Markdown defines.</summary>
internal enum AnnexContainerKind
{
    Unknown,
    Cover,
    Toc,
    Note,
    Clause,
    Answers,
}

internal static class AnnexContainer
{
    public static AnnexContainerKind KindOf(CustomContainer container) => container.Info switch
    {
        "cover" => AnnexContainerKind.Cover,
        "toc" => AnnexContainerKind.Toc,
        "note" => AnnexContainerKind.Note,
        "clause" => AnnexContainerKind.Clause,
        "answers" => AnnexContainerKind.Answers,
        _ => AnnexContainerKind.Unknown,
    };

    /// <summary>The point id of <c>::: clause O-7.2</c>: the first word of the arguments.</summary>
    public static string? PointId(CustomContainer container)
    {
        var arguments = container.Arguments?.Trim();
        if (string.IsNullOrEmpty(arguments))
        {
            return null;
        }

        var space = arguments.IndexOfAny([' ', '\t']);
        return space < 0 ? arguments : arguments[..space];
    }
}
