namespace Clausier.Word.Packaging;

/// <summary>One <c>Relationship</c> of a relationships part; <paramref name="External"/> writes <c>TargetMode="External"</c>.</summary>
internal sealed record PackageRelationship(string Id, string Type, string Target, bool External = false);
