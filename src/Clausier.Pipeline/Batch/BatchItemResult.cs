using Clausier.Core.Diagnostics;

namespace Clausier.Pipeline.Batch;

/// <summary>What happened to one batch item.</summary>
public enum BatchItemStatus
{
    Written,
    Skipped,
    Failed,
}

/// <summary>One line of batch-report.json.</summary>
/// <param name="Output">Output path relative to the batch's output folder; null when nothing was written.</param>
/// <param name="Sha256">SHA-256 of the DOCX written (or kept, when skipped).</param>
/// <param name="Fingerprint">Hash of everything the output depends on, to skip unchanged items on re-run.</param>
public sealed record BatchItemResult(
    string Source, string? Reference, string? Lot, string? Segment, string? Output, string? Sha256, string? Fingerprint,
    BatchItemStatus Status, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Duration);
