using Clausier.Core.Diagnostics;
using Clausier.Forms;

namespace Clausier.Analysis;

/// <summary>A name per candidate: the company from its candidate block, else its file name; unique within a comparison.</summary>
internal static class CandidateNames
{
    public static IReadOnlyList<string> Assign(IReadOnlyList<ParsedAnnex> annexes, DiagnosticBag diagnostics)
    {
        var names = annexes.Select(BaseName).ToList();
        var duplicated = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            if (duplicated.Contains(names[i]))
            {
                diagnostics.Report(DiagnosticSeverity.Info, "CLZ5007", new FileLocation(annexes[i].File), names[i]);
                names[i] = $"{names[i]} ({Path.GetFileName(annexes[i].File)})";
            }

            var name = names[i];
            for (var n = 2; !used.Add(name); n++)
            {
                name = $"{names[i]} #{n}";
            }

            names[i] = name;
        }

        return names;
    }

    private static string BaseName(ParsedAnnex annex) =>
        annex.Candidate.Company is { } company && !string.IsNullOrWhiteSpace(company)
            ? string.Join(' ', company.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : Path.GetFileNameWithoutExtension(annex.File);
}
