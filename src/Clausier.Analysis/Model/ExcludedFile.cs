using Clausier.Core.Diagnostics;
using Clausier.Forms;

namespace Clausier.Analysis;

/// <summary>A file given to compare that could not be read; it is listed, not compared.</summary>
/// <param name="Reason">In English, for the log and the JSON.</param>
public sealed record ExcludedFile(string File, string Reason, IReadOnlyList<Problem> Problems)
{
    /// <summary>The reason in French, for the workbook and the summary the buyer reads.</summary>
    public string ReasonFr => Problems.FirstOrDefault(p => p.IsError)?.FrenchMessage ?? MessageCatalogue.Format("CLZ5006.unreadable").French;
}
