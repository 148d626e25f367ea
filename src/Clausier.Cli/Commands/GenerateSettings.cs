namespace Clausier.Cli.Commands;

/// <summary>What <c>clausier generate</c> was asked to do.</summary>
internal sealed record GenerateSettings(
    string? Tender, string? Lot, string? Catalogue, string? Template, string? ReferenceDocx, string Output, string? EmitMarkdown);
