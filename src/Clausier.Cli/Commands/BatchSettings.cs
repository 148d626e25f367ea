namespace Clausier.Cli.Commands;

/// <summary>What <c>clausier batch</c> was asked to do.</summary>
internal sealed record BatchSettings(
    string? Manifest, string Output, int Parallel, bool Force, string? Segments, string? Tender,
    string? Catalogue, string? Template, string? ReferenceDocx);
