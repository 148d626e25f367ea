using Clausier.Forms;

namespace Clausier.Web.Answers;

/// <summary>An annex read from an upload; <paramref name="DuplicateOf"/> names the earlier file of the same upload with the same bytes.</summary>
public sealed record UploadedAnnex(ParsedAnnex Annex, string? DuplicateOf);
