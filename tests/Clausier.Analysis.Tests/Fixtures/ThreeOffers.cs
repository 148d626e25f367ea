using Clausier.Core.Forms;
using Clausier.Core.Tenders;
using Clausier.Forms;

namespace Clausier.Analysis.Tests.Fixtures;

/// <summary>
/// Three candidates answer a generated annex whose tender weighs five points: one regular, one answering
/// Non to a mandatory point, one with an altered clause and missing evidence.
/// </summary>
public static class ThreeOffers
{
    /// <summary>
    /// Everything informative but five points. Section 3 weighs 12: O-3.1 (weight 2) is worth 6, O-3.7 and
    /// O-3.8 are worth 3 each. Section 5 weighs 8: O-5.1 and O-5.2 are worth 4 each. Total 20.
    /// </summary>
    public const string EvaluationYaml = """
        evaluation:
          criterion: Sécurité
          total: 20
          weights:
            sections:
              "3": 12
              "5": 8
            points:
              O-3.1: 2
          importance:
            default: informative
            points:
              O-3.1: mandatory
              O-3.7: mandatory
              O-3.8: mandatory
              O-5.1: scored
              O-5.2: scored
        """;

    public static Tender Tender => TenderWithGrid.Value;

    private static readonly Lazy<Tender> TenderWithGrid = new(() => RealAnnex.Tender(extraYaml: EvaluationYaml));

    /// <summary>The blank annex of <see cref="Tender"/>, as generated.</summary>
    public static byte[] Blank => Annex.Value;

    private static readonly Lazy<byte[]> Annex = new(() => RealAnnex.Generate(TenderWithGrid.Value).Docx);

    /// <summary>The answers of the regular candidate: every weighed point answered, with evidence where asked.</summary>
    public static Dictionary<string, Fill> Regular() => new()
    {
        ["O-3.1"] = new(null, "Architecture trois tiers hébergée en France.", Evidence: "Dossier d'architecture, §2"),
        ["O-3.7"] = new(AnswerStatus.Oui),
        ["O-3.8"] = new(AnswerStatus.Oui),
        ["O-5.1"] = new(null, "Authentification par Pro Santé Connect et annuaire de l'établissement.", Evidence: "Note d'authentification"),
        ["O-5.2"] = new(AnswerStatus.Oui),
    };

    public static IReadOnlyList<ParsedAnnex> Read() =>
        [.. Files().Select(f => RealAnnex.Read(f.Docx, f.Name))];

    /// <summary>alpha.docx (regular), beta.docx (Non to mandatory O-3.7), gamma.docx (O-3.8's clause altered, no evidence for O-3.1).</summary>
    public static IReadOnlyList<(string Name, byte[] Docx)> Files()
    {
        var beta = Regular();
        beta["O-3.7"] = new(AnswerStatus.Non, "Non prévu par l'éditeur.");
        beta["O-5.2"] = new(AnswerStatus.Non, "Hors périmètre.");
        var gamma = Regular();
        gamma["O-3.1"] = new(null, "Architecture décrite dans notre mémoire technique.\nHébergement chez un tiers certifié.");
        gamma["O-5.2"] = new(AnswerStatus.Non, "Prévu dans la prochaine version.");
        return
        [
            ("alpha.docx", RealAnnex.Fill(Annex.Value, "Alpha Santé SAS", Regular())),
            ("beta.docx", RealAnnex.Fill(Annex.Value, "Beta Informatique", beta)),
            ("gamma.docx", RealAnnex.Fill(Annex.Value, "Gamma Cloud", gamma, alterClauseOf: "O-3.8")),
        ];
    }

}
