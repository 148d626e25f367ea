using Clausier.Core.Tenders;
using Clausier.Core.Text;

namespace Clausier.Cli.Commands;

/// <summary>
/// Names output files of multi-lot tenders predictably: <c>annexe.docx</c> → <c>annexe-lot2.docx</c>.
/// The lot number goes through <see cref="FileNamePart"/>, so it never turns into a path.
/// </summary>
internal static class OutputPaths
{
    public static string ForLot(string path, Lot lot, bool perLot)
    {
        if (!perLot)
        {
            return path;
        }

        var folder = Path.GetDirectoryName(path) ?? "";
        var name = $"{Path.GetFileNameWithoutExtension(path)}-lot{FileNamePart.Of(lot.Number, "sans-numero")}{Path.GetExtension(path)}";
        return Path.Combine(folder, name);
    }
}
