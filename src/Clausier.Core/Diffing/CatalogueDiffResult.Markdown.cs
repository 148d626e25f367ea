using System.Globalization;
using System.Text;
using Clausier.Core.Diagnostics;
using Clausier.Core.Model;
using Clausier.Core.Writing;

namespace Clausier.Core.Diffing;

public sealed partial record CatalogueDiffResult
{
    /// <summary>Below this share of kept words, both texts are shown whole: interleaved runs would not be readable.</summary>
    private const double InlineSimilarity = 0.5;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>
    /// A French change report in annex Markdown (docs/annex-markdown.md), for the Word writer: front
    /// matter, headings, pipe tables and paragraphs only. Inserted words are in <c>*emphasis*</c>,
    /// deleted words between <c>[supprimé : …]</c> markers, since the Word writer renders no strikethrough.
    /// </summary>
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("---\n");
        md.Append("title: ").Append(YamlScalar.Format("Rapport de modifications du catalogue")).Append('\n');
        md.Append("subject: ").Append(YamlScalar.Format($"{Old.Name} → {New.Name}")).Append('\n');
        md.Append("language: fr-FR\n");
        md.Append("---\n\n");
        md.Append("# Rapport de modifications du catalogue\n\n");
        md.Append("Ce rapport compare point par point le catalogue de référence et le catalogue comparé, d'après les identifiants des points de contrôle.\n\n");
        Row(md, "Élément", "Catalogue de référence", "Catalogue comparé");
        md.Append("|---|---|---|\n");
        Row(md, "Nom", Old.Name, New.Name);
        Row(md, "Identifiant", Old.Id, New.Id);
        Row(md, "Version", Old.Version, New.Version);
        Row(md, "Édition", Old.Edition, New.Edition);
        Row(md, "Points de contrôle", Number(Old.PointCount), Number(New.PointCount));
        md.Append('\n');
        Summary(md);
        Listed(md, "Points ajoutés", [.. Added], p => p.NewAnswerType, "Aucun point n'est ajouté.");
        Listed(md, "Points supprimés", [.. Removed], p => p.OldAnswerType, "Aucun point n'est supprimé.");
        ChangedPoints(md);
        return md.ToString().TrimEnd('\n') + "\n";
    }

    private void Summary(StringBuilder md)
    {
        md.Append("## Synthèse\n\n");
        Row(md, "Nature de la modification", "Points");
        md.Append("|---|---|\n");
        Row(md, "Points communs aux deux catalogues", Number(SharedPointCount));
        Row(md, "Points ajoutés", Number(Added.Count()));
        Row(md, "Points supprimés", Number(Removed.Count()));
        Row(md, "Intitulé modifié", Number(Count(PointChanges.Retitled)));
        Row(md, "Texte modifié", Number(Count(PointChanges.TextChanged)));
        Row(md, "Réponse attendue modifiée", Number(Count(PointChanges.AnswerTypeChanged)));
        Row(md, "Références modifiées", Number(Count(PointChanges.ReferencesChanged)));
        Row(md, "Points inchangés", Number(UnchangedCount));
        md.Append('\n');
        if (Diagnostics.Any(d => d.Id == DiagnosticIds.DiffReferencesNotCompared))
        {
            md.Append("Les références ne sont pas comparées : l'un des catalogues n'en cite aucune (cas d'un référentiel importé).\n\n");
        }
    }

    private static void Listed(StringBuilder md, string heading, List<PointDiff> points, Func<PointDiff, AnswerType?> type, string none)
    {
        md.Append("## ").Append(heading).Append("\n\n");
        if (points.Count == 0)
        {
            md.Append(none).Append("\n\n");
            return;
        }

        Row(md, "Point", "Intitulé", "Réponse attendue");
        md.Append("|---|---|---|\n");
        foreach (var point in points)
        {
            Row(md, point.Id, point.Title, type(point)?.ToWritten() ?? "");
        }

        md.Append('\n');
    }

    private void ChangedPoints(StringBuilder md)
    {
        md.Append("## Points modifiés\n\n");
        var changed = Changed.ToList();
        if (changed.Count == 0)
        {
            md.Append("Aucun point commun n'est modifié.\n\n");
            return;
        }

        md.Append("Dans les textes, les mots ajoutés sont en *italique* et les mots supprimés sont signalés entre crochets \\[supprimé : …\\]. ");
        md.Append("Lorsque la rédaction diffère trop pour être lue ainsi, les deux textes sont reproduits l'un après l'autre.\n\n");
        foreach (var point in changed)
        {
            md.Append("### ").Append(point.Id).Append(' ').Append(MarkdownEscaper.EscapeInline(point.Title)).Append("\n\n");
            if (point.Has(PointChanges.Retitled) || point.Has(PointChanges.AnswerTypeChanged) || point.Has(PointChanges.ReferencesChanged))
            {
                Row(md, "Élément", "Catalogue de référence", "Catalogue comparé");
                md.Append("|---|---|---|\n");
                if (point.Has(PointChanges.Retitled))
                {
                    Row(md, "Intitulé", point.OldTitle ?? "", point.NewTitle ?? "");
                }

                if (point.Has(PointChanges.AnswerTypeChanged))
                {
                    Row(md, "Réponse attendue", point.OldAnswerType?.ToWritten() ?? "", point.NewAnswerType?.ToWritten() ?? "");
                }

                if (point.Has(PointChanges.ReferencesChanged))
                {
                    Row(md, "Références", Listing("supprimées", point.ReferencesRemoved), Listing("ajoutées", point.ReferencesAdded));
                }

                md.Append('\n');
            }

            if (point.Has(PointChanges.TextChanged))
            {
                TextChange(md, point);
            }
        }
    }

    private static void TextChange(StringBuilder md, PointDiff point)
    {
        if (point.Similarity is not { } similarity)
        {
            md.Append("**Texte modifié** (texte trop long pour une comparaison mot à mot).\n\n");
            return;
        }

        md.Append("**Texte modifié** (mots conservés : ").Append(similarity.ToString("P0", French)).Append(")\n\n");
        if (similarity < InlineSimilarity)
        {
            md.Append("*Texte de référence :* ")
                .Append(MarkdownEscaper.EscapeBlock(string.Join(' ', point.Text.Where(r => r.Kind != WordRunKind.Inserted).Select(r => r.Text))))
                .Append("\n\n");
            md.Append("*Texte comparé :* ")
                .Append(MarkdownEscaper.EscapeBlock(string.Join(' ', point.Text.Where(r => r.Kind != WordRunKind.Deleted).Select(r => r.Text))))
                .Append("\n\n");
            return;
        }

        var runs = point.Text.Select(run => run.Kind switch
        {
            WordRunKind.Inserted => $"*{MarkdownEscaper.EscapeInline(run.Text)}*",
            WordRunKind.Deleted => $"\\[supprimé : {MarkdownEscaper.EscapeInline(run.Text)}\\]",
            _ => MarkdownEscaper.EscapeInline(run.Text),
        });
        md.Append(MarkdownEscaper.EscapeBlockStart(string.Join(' ', runs))).Append("\n\n");
    }

    private static string Listing(string label, IReadOnlyList<string> references) =>
        references.Count == 0 ? "" : $"{label} : {string.Join(" ; ", references)}";

    private static void Row(StringBuilder md, params string[] cells) =>
        md.Append("| ").Append(string.Join(" | ", cells.Select(MarkdownEscaper.EscapeTableCell))).Append(" |\n");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
