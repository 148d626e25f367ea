using System.Text.RegularExpressions;
using Clausier.Core.Annex;
using Clausier.Core.Model;
using Clausier.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Tests;

/// <summary>Builds manifests, renders Markdown and reads the result back for assertions.</summary>
internal static partial class Annexes
{
    public const string SourcePath = "annex.md";

    public static AnnexIdentity Identity(bool allowPartial = false) => new(
        "INFO 26-014", "1", "Logiciel de gestion du bloc opératoire", "software", "CHU de Montfleury",
        "clausier-securite-sante", "Clausier de sécurité numérique pour les achats hospitaliers", "2024.1.0", "2024",
        "annexe-standard", "Clausier.Docs", "0.1.0", allowPartial);

    /// <summary>A manifest of the given points (answer type YesNo unless given).</summary>
    public static AnnexManifest Manifest(params string[] pointIds) =>
        new(Identity(), pointIds.Select(id => new ManifestPoint(id, $"Titre {id}", id[2..].Split('.')[0], AnswerType.YesNo)).ToList());

    public static AnnexManifest Manifest(bool allowPartial, params (string Id, AnswerType Type)[] points) =>
        new(Identity(allowPartial), points.Select(p => new ManifestPoint(p.Id, $"Titre {p.Id}", p.Id[2..].Split('.')[0], p.Type)).ToList());

    /// <summary>The manifest of TestFiles/sample-annex.md.</summary>
    public static AnnexManifest SampleManifest() => Manifest(
        allowPartial: true,
        ("O-6.1", AnswerType.Description), ("O-6.2", AnswerType.YesNo), ("O-6.3", AnswerType.YesNoNotApplicable),
        ("O-7.1", AnswerType.Description), ("O-7.2", AnswerType.YesNoNotApplicable), ("O-7.3", AnswerType.YesNo));

    public static string TestFile(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestFiles", name));

    /// <summary>Renders <paramref name="markdown"/>; every DOCX produced is checked by <see cref="DocxAssert.Valid"/>.</summary>
    public static WordResult Write(string markdown, AnnexManifest? manifest = null, WordOptions? options = null)
    {
        var result = new AnnexWordWriter(options ?? WordOptions.Default).Write(markdown, SourcePath, manifest ?? Manifest(FieldScopes(markdown)));
        if (result.Docx is not null)
        {
            DocxAssert.Valid(result.Docx);
        }

        return result;
    }

    /// <summary>Renders, checks the DOCX is valid, and returns its body.</summary>
    public static Body Body(string markdown, AnnexManifest? manifest = null) => BodyOf(ValidDocx(Write(markdown, manifest)));

    /// <summary>The DOCX of a result that must have one (already validated by <see cref="Write"/>).</summary>
    public static byte[] ValidDocx(WordResult result)
    {
        Assert.NotNull(result.Docx);
        return result.Docx;
    }

    public static Body BodyOf(byte[] docx)
    {
        using var package = Open(docx);
        return (Body)package.MainDocumentPart!.Document!.Body!.CloneNode(true);
    }

    public static WordprocessingDocument Open(byte[] docx) =>
        WordprocessingDocument.Open(new MemoryStream(docx, writable: false), isEditable: false);

    /// <summary>Point ids used in fields and clause containers, so that tests need not spell out a manifest.</summary>
    private static string[] FieldScopes(string markdown) =>
        PointIds().Matches(markdown).Select(m => m.Value).Distinct().ToArray();

    [GeneratedRegex(@"O-\d+\.\d+")]
    private static partial Regex PointIds();
}
