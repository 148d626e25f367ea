using Clausier.Core.Diagnostics;

namespace Clausier.Core.Loading;

/// <summary>One <c>**Field :** value</c> item of a field list, where its value starts.</summary>
internal sealed record FieldValue(string Name, string Value, TextLocation Location, TextLocation NameLocation);

/// <summary>A section heading as read from a file, before the tree is assembled.</summary>
internal sealed record SectionDraft(
    string Number, string Title, int HeadingLevel, string Introduction,
    IReadOnlyList<FieldValue> Fields, TextLocation Location);

/// <summary>A control point as read from a file, before fields are interpreted.</summary>
/// <param name="BodyOffset">Offset of <see cref="Body"/> in its file, to locate problems inside the text.</param>
internal sealed record PointDraft(
    string Id, string Title, int HeadingLevel, string Body, int BodyOffset, LineMap Lines,
    IReadOnlyList<FieldValue> Fields, string? SectionNumber, string? Group, TextLocation Location);

/// <summary>Everything one Markdown file contributes.</summary>
internal sealed record SectionFileDraft(string File, IReadOnlyList<SectionDraft> Sections, IReadOnlyList<PointDraft> Points);
