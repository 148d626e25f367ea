using System.Globalization;
using System.Text;

namespace Clausier.Analysis.Output;

/// <summary>The same analysis as the workbook, as text: Markdown in French for people, JSON for tools (docs/compare.md).</summary>
public static partial class ComparisonText
{
    public static string ToMarkdown(Comparison comparison)
    {
        var text = new StringBuilder();
        text.Append("# Comparaison des candidats\n\n");
        text.Append(Escape(ComparisonLabels.Tender(comparison.Tender))).Append("\n\n");
        if (comparison.Forced)
        {
            text.Append("> ").Append(ComparisonLabels.ForcedNotice).Append("\n\n");
        }

        text.Append("## Synthèse\n\n");
        text.Append("| Candidat | Oui | Non | Non concerné | Partiel | Sans réponse | Problèmes d'intégrité | Conformité globale |\n");
        text.Append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var c in comparison.Candidates)
        {
            var n = c.Counts;
            text.Append(CultureInfo.InvariantCulture,
                $"| {Escape(c.Name)} | {n.Oui} | {n.Non} | {n.NonConcerne} | {n.Partiel} | {n.Missing} | {c.IntegrityProblems} | {Percent(c.Overall.Rate)} |\n");
        }

        text.Append('\n').Append(Comparison.RateDefinition).Append("\n\n");
        if (comparison.Sections.Count > 0)
        {
            text.Append("## Conformité par section\n\n| Section |");
            foreach (var c in comparison.Candidates)
            {
                text.Append(' ').Append(Escape(c.Name)).Append(" |");
            }

            text.Append("\n|---|").Append(string.Concat(comparison.Candidates.Select(_ => "---:|"))).Append('\n');
            for (var s = 0; s < comparison.Sections.Count; s++)
            {
                text.Append("| ").Append(comparison.Sections[s].Key).Append(" |");
                foreach (var c in comparison.Candidates)
                {
                    text.Append(' ').Append(Percent(c.Sections[s].Rate)).Append(" |");
                }

                text.Append('\n');
            }

            text.Append('\n');
        }

        text.Append("## Points d’attention\n");
        foreach (var c in comparison.Candidates)
        {
            text.Append("\n### ").Append(Escape(c.Name)).Append("\n\n");
            if (c.Attention.Count == 0)
            {
                text.Append("Aucun point d’attention.\n");
            }

            foreach (var item in c.Attention)
            {
                text.Append("- **").Append(Escape(item.PointId ?? ComparisonLabels.WholeAnnex)).Append("**");
                if (item.Title is { Length: > 0 } title)
                {
                    text.Append(' ').Append(Escape(title));
                }

                text.Append(" — ").Append(ComparisonLabels.French(item.Kind));
                if (item.Justification is { } justification)
                {
                    text.Append(" : « ").Append(Escape(justification)).Append(" »");
                }

                if (item.Detail is { } detail)
                {
                    text.Append(" (").Append(Escape(detail)).Append(')');
                }

                text.Append('\n');
            }
        }

        if (comparison.Excluded.Count > 0)
        {
            text.Append("\n## Fichiers non comparés\n\n");
            foreach (var file in comparison.Excluded)
            {
                text.Append("- ").Append(Escape(Path.GetFileName(file.File))).Append(" : ").Append(Escape(file.ReasonFr)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Rates as whole percentages, « 87 % » (French spacing); « — » when no point applies.</summary>
    private static string Percent(double? rate) =>
        rate is { } r ? Math.Round(r * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "\u00A0%" : "—";

    /// <summary>One line, with what Markdown would read as a table cell end or markup escaped.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in CellText.Clean(text))
        {
            switch (c)
            {
                case '\r':
                    break;
                case '\n' or '\t':
                    builder.Append(' ');
                    break;
                case '|' or '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
