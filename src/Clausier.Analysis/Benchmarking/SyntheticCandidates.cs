using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;
using Clausier.Core.Model;
using Clausier.Forms;

namespace Clausier.Analysis.Benchmarking;

/// <summary>
/// Candidates answering one synthetic annex, built in memory without any file, for benchmarks and load
/// tests (e.g. comparing 50 candidates). The same arguments always give the same candidates.
/// </summary>
public static class SyntheticCandidates
{
    private static readonly string[] Sections = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12.1", "12.2", "12.3", "12.4", "12.5"];

    private static readonly AnswerType[] Types =
        [AnswerType.YesNo, AnswerType.YesNoNotApplicable, AnswerType.YesNo, AnswerType.Description, AnswerType.DescriptionOrNotApplicable, AnswerType.None];

    /// <param name="candidates">Number of candidates (the lead benchmarks 50).</param>
    /// <param name="points">Points of the annex, spread over 16 sections.</param>
    public static IReadOnlyList<ParsedAnnex> Create(int candidates, int points = 150, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(candidates);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(points);
        var manifest = Manifest(points);
        return [.. Enumerable.Range(1, candidates).Select(n => Candidate(manifest, n, seed))];
    }

    /// <summary>The comparison of <see cref="Create"/>'s candidates, as <c>clausier compare</c> builds it.</summary>
    public static Comparison Compare(int candidates, int points = 150, int seed = 1) =>
        CandidateComparison.Build(Create(candidates, points, seed), force: false).Value
        ?? throw new InvalidOperationException("synthetic candidates always compare");

    private static AnnexManifest Manifest(int count)
    {
        var identity = new AnnexIdentity("BENCH 26-001", "1", "Lot de test", "saas", "Centre hospitalier de test",
            "clausier-securite-sante", "Catalogue de test", "2024.1.0", "2024", "default", "Clausier.Docs", "0.1.0", AllowPartial: true);
        var points = Enumerable.Range(0, count).Select(i =>
        {
            var section = Sections[i % Sections.Length];
            var number = (i / Sections.Length) + 1;
            return new ManifestPoint($"O-{section}.{number}", $"Exigence de test {section}.{number}", section, Types[i % Types.Length], new string('0', 64));
        });
        return new AnnexManifest(identity, [.. points]);
    }

    private static ParsedAnnex Candidate(AnnexManifest manifest, int number, int seed)
    {
        // Not HashCode.Combine: it is seeded per process, and the candidates must be the same in every run.
        var random = new Random(unchecked((seed * 7919) + number) & int.MaxValue);
        var file = $"candidat-{number:D3}.docx";
        var answers = new List<PointAnswer>();
        var problems = new List<Problem>();
        var sources = new Dictionary<FormField, AnswerSource>
        {
            [FormField.Status] = AnswerSource.Tag,
            [FormField.Answer] = AnswerSource.Tag,
            [FormField.Evidence] = AnswerSource.Tag,
        };
        foreach (var point in manifest.Points)
        {
            var roll = random.Next(100);
            AnswerStatus? status = roll switch
            {
                < 70 => AnswerStatus.Oui,
                < 80 => AnswerStatus.Non,
                < 88 when point.AnswerType.AllowsNotApplicable() => AnswerStatus.NonConcerne,
                < 93 => AnswerStatus.Partiel,
                _ => null,
            };
            var answer = status is null && roll >= 97 ? null : $"Réponse du candidat {number} au point {point.Id} : {new string('x', 40 + random.Next(200))}.";
            if (status is null && point.StatusRequired)
            {
                problems.Add(Problem.Of(DiagnosticSeverity.Error, "CLZ4301", point.Id, null));
            }

            if (random.Next(200) == 0)
            {
                problems.Add(Problem.Of(DiagnosticSeverity.Error, "CLZ4501.hash", point.Id, null, point.Title));
            }

            answers.Add(new PointAnswer(point.Id, point.Title, status, answer, status is null ? null : "Dossier technique, § 3",
                status == AnswerStatus.Partiel ? new DateOnly(2026, 6, 30) : null, AnswerSource.Tag, sources));
        }

        var identity = manifest.Identity;
        var document = new AnnexDocument(ManifestSource.CustomXmlPart, identity.TenderReference, identity.Lot, identity.LotTitle,
            identity.Segment, identity.Buyer, identity.CatalogueId, identity.CatalogueName, identity.CatalogueVersion,
            identity.Template, identity.Generator, identity.GeneratorVersion);
        var candidate = new CandidateInfo($"Société {number:D3}", null, null, null, null);
        return new ParsedAnnex(file, true, manifest, document, candidate, answers, problems);
    }
}
