using Clausier.Core.Annex;
using Clausier.Word;

namespace Clausier.Pipeline;

/// <summary>
/// A starter reference document for legal teams: a short annex rendered with the built-in styles, so
/// that opening it in Word shows every style the annex uses, ready to restyle and pass back with
/// <c>--reference-docx</c>.
/// </summary>
public static class ReferenceDocument
{
    private const string Sample = """
        ---
        title: "Document de référence des styles"
        header: "En-tête : acheteur · consultation · lot"
        footer: "Pied de page : annexe sécurité"
        ---

        # Titre de niveau 1 (Heading1)

        Paragraphe de texte courant (Normal), avec du texte *en italique*, **en gras** et un [lien](https://example.org).

        ## Titre de niveau 2 (Heading2)

        ### Titre de niveau 3 (Heading3)

        #### O-0.1 Titre d'exigence (Heading4)

        - élément de liste à puces ;
        - second élément.

        1. liste numérotée ;
        2. second élément.

        > Citation (Quote).

        ::: note
        Encadré d'avertissement (ClausierNote).
        :::

        | Libellé | Valeur |
        |---|---|
        | Tableau (ClausierTable) | Texte |
        """;

    public static byte[] Create()
    {
        var identity = new AnnexIdentity("", "", null, "", "", "", "", "", "", "reference", "Clausier.Docs", ToolVersion.Current, false);
        var result = new AnnexWordWriter(WordOptions.Default).Write(Sample, "reference.md", new AnnexManifest(identity, []));
        return result.Docx ?? throw new InvalidOperationException("The built-in reference document could not be rendered: " + string.Join("; ", result.Diagnostics));
    }
}
