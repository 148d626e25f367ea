using Clausier.Core.Annex;

namespace Clausier.Templating;

/// <summary>What a template produces for one annex: its Markdown, and the document values it set.</summary>
public sealed record RenderedAnnex(string Markdown, AnnexDocumentSettings Document);
