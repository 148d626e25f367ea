using Clausier.Core.Annex;
using Clausier.Core.Forms;
using Clausier.Core.Loading;
using Clausier.Core.Tenders;
using Clausier.Pipeline;
using Clausier.Templating;
using Clausier.Testing;
using Clausier.Word;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>
/// Two tenders of the same candidate's market, generated from the real catalogue: A (SaaS) answered last
/// year, B (hosting, another segment) whose buyer set two parameters that change two clauses A also had.
/// </summary>
public static class TwoTenders
{
    private static readonly Lazy<AnnexGenerator> Generator = new(() => new AnnexGenerator(
        CatalogueLoader.LoadFolder(Path.Combine(Checkout.Root, "catalogue")).Value!,
        TemplateSet.Load(Path.Combine(Checkout.Root, "templates", "default")).Value!,
        WordOptions.Default, TemplateLimits.Default));

    private static readonly Lazy<byte[]> LazyA = new(() => Generate("INFO 25-031", "saas", ""));

    private static readonly Lazy<byte[]> LazyB = new(() => Generate("INFO 26-114", "hosting",
        "    tls_min_version: \"1.3\"\n    subprocessor_objection_days: \"30\"\n"));

    public static byte[] A => LazyA.Value;

    public static byte[] B => LazyB.Value;

    public static AnnexManifest Manifest(byte[] docx) => new AnnexReader().Read(new MemoryStream(docx), "annexe.docx").Manifest!;

    /// <summary>What the candidate typed into A: every point answered, lines with Shift+Enter.</summary>
    public static IReadOnlyDictionary<string, PointFill> AnswersToA() =>
        Manifest(A).Points.ToDictionary(p => p.Id, p => new PointFill(
            p.Id.EndsWith('1') ? AnswerStatus.Oui : AnswerStatus.Non,
            $"Agenda+ : réponse au point {p.Id}.\nMesure décrite « telle qu’appliquée » en 2025.",
            $"Plan d’assurance sécurité, § {p.Id[2..]}"));

    /// <summary>A filled the way Word saves it.</summary>
    public static byte[] FilledA()
    {
        var package = DocxPackage.Load(A);
        Filling.Apply(package.Document, AnswersToA(), CandidateFill.Sample with { Date = new DateOnly(2025, 4, 14) });
        return package.Save();
    }

    private static byte[] Generate(string reference, string segment, string parameters)
    {
        var yaml = $"""
            reference: {reference}
            subject: Solution de gestion des rendez-vous
            buyer:
              name: Centre hospitalier de Montval
            segment: {segment}
            options:
              allow_partial: false
              parameters:
                dpo_contact: le DPO du centre hospitalier

            """ + parameters;
        var tender = TenderReader.Read("tender.yml", new StringReader(yaml));
        Assert.False(tender.HasErrors, string.Join("\n", tender.Diagnostics));
        var annex = Generator.Value.Generate(tender.Value!, tender.Value!.Lots[0]);
        Assert.NotNull(annex.Docx);
        return annex.Docx!;
    }
}
