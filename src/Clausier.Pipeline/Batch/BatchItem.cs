using Clausier.Core.Tenders;

namespace Clausier.Pipeline.Batch;

/// <summary>One annex to produce: a lot of a tender, under a predictable file name.</summary>
/// <param name="Source">Where the tender came from (file path, or manifest path and index for inline tenders).</param>
/// <param name="TenderText">The tender's own text, part of the input fingerprint.</param>
public sealed record BatchItem(string Source, string TenderText, Tender Tender, Lot Lot, string OutputName);
