using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;
using Clausier.Core.Model;
using Clausier.Forms;

namespace Clausier.Analysis.Tests.Fixtures;

/// <summary>What a fixture candidate answered to one point.</summary>
public sealed record Fill(AnswerStatus? Status, string? Answer = null, DateOnly? Date = null, string? Evidence = null);

/// <summary>
/// Three candidates with known answers to one small annex, built directly as <see cref="ParsedAnnex"/>
/// objects (the reader's output), with the problems the reader would report.
/// </summary>
public static class Candidates
{
    public const string Tender = "INFO 26-014";

    public static IReadOnlyList<ManifestPoint> Points { get; } =
    [
        new("O-1.1", "Correspondant sécurité du titulaire", "1", AnswerType.YesNo),
        new("O-2.1", "Nature et finalité du traitement confié", "2", AnswerType.YesNoNotApplicable),
        new("O-2.2", "Obligations générales du titulaire", "2", AnswerType.YesNo),
        new("O-3.1", "Inventaire des logiciels", "3", AnswerType.Description),
        new("O-7.2", "Correctifs de sécurité selon la gravité", "7", AnswerType.YesNo),
        new("O-12.1.1", "Chiffrement des dispositifs mobiles", "12.1", AnswerType.YesNo),
        new("O-12.2.1.1", "Droit d'audit et de tests d'intrusion", "12.2.1", AnswerType.YesNoNotApplicable),
        new("O-12.2.2.1", "Profils et droits d'accès", "12.2.2", AnswerType.YesNo),
    ];

    public static AnnexManifest Manifest(string tender = Tender, string catalogueVersion = "2024.1.0") => new(
        new AnnexIdentity(tender, "unique", null, "saas", "CHU de Montval", "clausier-securite-sante", "Clausier", catalogueVersion, "2024",
            "default", "Clausier.Docs", "0.1.0", AllowPartial: true),
        Points);

    /// <summary>All Oui, O-2.1 Non concerné with a reason, O-3.1 described.</summary>
    public static ParsedAnnex Alpha(string tender = Tender) => Candidate("Alpha SAS", "alpha.docx", new Dictionary<string, Fill>
    {
        ["O-1.1"] = new(AnswerStatus.Oui, "Mme Martin, RSSI."),
        ["O-2.1"] = new(AnswerStatus.NonConcerne, "Aucune donnée personnelle traitée."),
        ["O-2.2"] = new(AnswerStatus.Oui),
        ["O-3.1"] = new(null, "Architecture trois tiers."),
        ["O-7.2"] = new(AnswerStatus.Oui),
        ["O-12.1.1"] = new(AnswerStatus.Oui),
        ["O-12.2.1.1"] = new(AnswerStatus.Oui),
        ["O-12.2.2.1"] = new(AnswerStatus.Oui),
    }, [], tender);

    public const string BetaRefusal = "Pas de registre tenu à ce jour.";

    /// <summary>Two Non (one without justification), one Partiel, a missing description and an altered clause.</summary>
    public static ParsedAnnex Beta(string tender = Tender) => Candidate("Beta Informatique", "beta.docx", new Dictionary<string, Fill>
    {
        ["O-1.1"] = new(AnswerStatus.Oui),
        ["O-2.1"] = new(AnswerStatus.Non, BetaRefusal),
        ["O-2.2"] = new(AnswerStatus.Partiel, "Mise en conformité en cours.", new DateOnly(2026, 6, 30)),
        ["O-3.1"] = new(null),
        ["O-7.2"] = new(AnswerStatus.Oui, "Correctifs sous un mois."),
        ["O-12.1.1"] = new(AnswerStatus.Non),
        ["O-12.2.1.1"] = new(AnswerStatus.Oui),
        ["O-12.2.2.1"] = new(AnswerStatus.Oui),
    },
    [
        Problem(ProblemCodes.DescriptionMissing, "O-3.1", "this point asks for a description and none was given"),
        Problem(ProblemCodes.ExplanationMissing, "O-12.1.1", "the status is \"Non\" and no explanation was given"),
        Problem(ProblemCodes.ClauseAltered, "O-7.2", "the clause text was altered: \"un mois\" became \"six mois\""),
    ], tender);

    /// <summary>Two statuses missing, two Non concerné, one Non, and tracked changes left in the file.</summary>
    public static ParsedAnnex Gamma(string tender = Tender) => Candidate("Gamma", "gamma.docx", new Dictionary<string, Fill>
    {
        ["O-1.1"] = new(null),
        ["O-2.1"] = new(AnswerStatus.NonConcerne, "Pas de sous-traitance."),
        ["O-2.2"] = new(AnswerStatus.Oui),
        ["O-3.1"] = new(null, "Voir dossier d'architecture."),
        ["O-7.2"] = new(AnswerStatus.Non, "Délai de trois mois imposé par l'éditeur."),
        ["O-12.1.1"] = new(AnswerStatus.Oui),
        ["O-12.2.1.1"] = new(AnswerStatus.NonConcerne, "Aucun dispositif médical."),
        ["O-12.2.2.1"] = new(null),
    },
    [
        Problem(ProblemCodes.StatusMissing, "O-1.1", "no status was chosen (Oui / Non…)"),
        Problem(ProblemCodes.StatusMissing, "O-12.2.2.1", "no status was chosen (Oui / Non…)"),
        new(ProblemCodes.RevisionsPending, DiagnosticSeverity.Warning, null, "the document has 2 tracked changes that were not accepted or rejected"),
    ], tender);

    public static IReadOnlyList<ParsedAnnex> Three() => [Alpha(), Beta(), Gamma()];

    public static ParsedAnnex Unreadable(string file) =>
        new(file, false, null, null, CandidateInfo.Empty, [],
            [new Problem(ProblemCodes.NotAPackage, DiagnosticSeverity.Error, null, "the file is not a DOCX package", new FileLocation(file))]);

    public static ParsedAnnex Candidate(string company, string file, IReadOnlyDictionary<string, Fill> fills, IReadOnlyList<Problem> problems,
        string tender = Tender, string catalogueVersion = "2024.1.0")
    {
        var manifest = Manifest(tender, catalogueVersion);
        var sources = new Dictionary<FormField, AnswerSource>
        {
            [FormField.Status] = AnswerSource.Tag,
            [FormField.Answer] = AnswerSource.Tag,
            [FormField.Evidence] = AnswerSource.Tag,
            [FormField.Date] = AnswerSource.Tag,
        };
        var answers = manifest.Points.Select(p => fills.TryGetValue(p.Id, out var f)
            ? new PointAnswer(p.Id, p.Title, f.Status, f.Answer, null, f.Date, AnswerSource.Tag, sources)
            : new PointAnswer(p.Id, p.Title, null, null, null, null, AnswerSource.Tag, sources)).ToList();
        var id = manifest.Identity;
        var document = new AnnexDocument(ManifestSource.CustomXmlPart, id.TenderReference, id.Lot, id.LotTitle, id.Segment, id.Buyer,
            id.CatalogueId, id.CatalogueName, id.CatalogueVersion, id.Template, id.Generator, id.GeneratorVersion);
        return new ParsedAnnex(file, true, manifest, document, new CandidateInfo(company, "73282932000074", null, null, null), answers, problems);
    }

    private static Problem Problem(string code, string pointId, string message) => new(code, DiagnosticSeverity.Error, pointId, message);
}
