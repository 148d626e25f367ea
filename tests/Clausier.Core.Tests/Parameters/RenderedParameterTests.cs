using System.Text.RegularExpressions;
using Clausier.Core.Linting;
using Clausier.Core.Loading;
using Clausier.Core.Model;
using Clausier.Core.Parameters;

namespace Clausier.Core.Tests.Parameters;

/// <summary>
/// Every sentence of the built-in catalogue that holds a parameter, printed with the values at the edges
/// of what a buyer may type and with the usual ones, must read as French: one unit, agreement with
/// « 1 », « du » rather than « de le ».
/// </summary>
public partial class RenderedParameterTests
{
    private static readonly Catalogue Catalogue = CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!;

    /// <summary>Values per kind: the smallest, the usual, and large ones, as a buyer may write them.</summary>
    private static readonly Dictionary<ParameterKind, string[]> Samples = new()
    {
        [ParameterKind.Days] = ["1", "1 jour", "30 jours", "trente", "365"],
        [ParameterKind.Months] = ["1", "3 mois", "12"],
        [ParameterKind.Delay] = ["1 heure", "24 heures", "1 jour", "15 jours", "1 semaine", "1 mois", "12 mois"],
        [ParameterKind.Version] = ["1.2", "1.3", "TLS 1.3"],
        [ParameterKind.Designation] = ["l'établissement", "le centre hospitalier de Montval", "la clinique du Parc", "les Hospices civils de Montval"],
        [ParameterKind.Contact] = ["dpo@chu-montval.fr", "le délégué à la protection des données de l'établissement", "02 38 00 00 00"],
        [ParameterKind.Text] = ["une fois par an", "deux fois par an"],
    };

    public static TheoryData<string> ParameterIds() => [.. Catalogue.Parameters.Select(p => p.Id)];

    [Theory]
    [MemberData(nameof(ParameterIds))]
    public void Every_sentence_holding_the_parameter_reads_right_at_its_bounds(string id)
    {
        var parameter = Catalogue.Parameters.Single(p => p.Id == id);
        var uses = Catalogue.AllPoints().Select(p => p.Body).Concat(Catalogue.AllSections().Select(s => s.Introduction))
            .Where(text => CatalogueLinter.ParameterUse().Matches(text).Any(m => m.Groups["id"].Value == id)).ToList();
        Assert.NotEmpty(uses);

        foreach (var written in Samples[parameter.Kind])
        {
            var value = ParameterValue.Parse(parameter.Kind, written);
            Assert.True(value is not null, $"{id}: sample « {written} » is not a {parameter.Kind}");
            var values = Catalogue.Parameters.ToDictionary(p => p.Id, p => p.Default);
            values[id] = value!.Text;
            foreach (var text in uses)
            {
                var filled = Normalise(ParameterText.Fill(text, values, v => v));
                var shown = Normalise(value.Text);
                Assert.DoesNotMatch(Doubled(), filled);
                Assert.DoesNotContain("{{" + id, filled, StringComparison.Ordinal);
                foreach (var preposition in new[] { "de ", "à ", "De ", "À " }.Where(_ => shown.StartsWith("le ", StringComparison.Ordinal) || shown.StartsWith("les ", StringComparison.Ordinal)))
                {
                    Assert.False(Regex.IsMatch(filled, @"(?<!\p{L})" + Regex.Escape(preposition + shown)), $"« {preposition}{shown} » in: {filled}");
                }

                var article = shown.IndexOf(' ', StringComparison.Ordinal);
                Assert.True(filled.Contains(shown, StringComparison.Ordinal) || filled.Contains(Capital(shown), StringComparison.Ordinal)
                    || (parameter.Kind == ParameterKind.Designation && filled.Contains(shown[(article + 1)..], StringComparison.Ordinal)),
                    $"{id} = « {written} » does not show in: {filled}");
            }
        }
    }

    private static string Normalise(string text) => text.Replace('\u00A0', ' ').Replace('\n', ' ');

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>What a mechanical substitution gets wrong in French: a unit twice, or « 1 » with a plural.</summary>
    [GeneratedRegex(@"\b(jours? jours?|mois mois|heures? heures?|semaines? semaines?|1 jours|1 heures|1 semaines)\b")]
    private static partial Regex Doubled();
}
