using Clausier.Core.Tenders;

namespace Clausier.Cli.Commands;

/// <summary>Names output files of multi-lot tenders predictably: <c>annexe.docx</c> → <c>annexe-lot2.docx</c>.</summary>
internal static class OutputPaths
{
    public static string ForLot(string path, Lot lot, bool perLot)
    {
        if (!perLot)
        {
            return path;
        }

        var folder = Path.GetDirectoryName(path) ?? "";
        var name = $"{Path.GetFileNameWithoutExtension(path)}-lot{lot.Number}{Path.GetExtension(path)}";
        return Path.Combine(folder, name);
    }
}
