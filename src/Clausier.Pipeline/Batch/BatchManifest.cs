using Clausier.Core.Diagnostics;

namespace Clausier.Pipeline.Batch;

/// <summary>A batch: the items it expands to, and the problems of entries that could not be read.</summary>
/// <remarks>A broken entry does not stop the batch: it becomes a failed item in the report.</remarks>
public sealed record BatchManifest(string Path, IReadOnlyList<BatchItem> Items, IReadOnlyList<BatchEntryFailure> Failures, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>A manifest entry that produced no item (unreadable tender, unknown lot…).</summary>
public sealed record BatchEntryFailure(string Source, IReadOnlyList<Diagnostic> Diagnostics);
