using Clausier.Core.Diagnostics;

namespace Clausier.Core.Model;

/// <summary>A buyer-side value that clause text refers to as <c>{{Id}}</c>; tenders may override the default.</summary>
public sealed record CatalogueParameter(string Id, string Label, string Default, SourceLocation? Location = null);
