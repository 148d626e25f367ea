namespace Clausier.Core.Packaging;

/// <summary>One <c>Relationship</c> of a relationships part; <paramref name="External"/> writes <c>TargetMode="External"</c>.</summary>
public sealed record PackageRelationship(string Id, string Type, string Target, bool External = false);
