using Clausier.Core.Parameters;

namespace Clausier.Core.Tests.Parameters;

public class ParameterTextTests
{
    private static string Fill(string text, string value) =>
        ParameterText.Fill(text, new Dictionary<string, string> { ["e"] = value }, v => v);

    [Theory]
    [InlineData("les données de {{e}} sont", "le centre hospitalier", "les données du centre hospitalier sont")]
    [InlineData("les données de {{e}} sont", "les Hospices civils", "les données des Hospices civils sont")]
    [InlineData("il remet à {{e}} le rapport", "le CHU", "il remet au CHU le rapport")]
    [InlineData("il remet à {{e}} le rapport", "les Hospices", "il remet aux Hospices le rapport")]
    [InlineData("les données de {{e}} sont", "l'établissement", "les données de l'établissement sont")]
    [InlineData("les données de {{e}} sont", "la clinique", "les données de la clinique sont")]
    [InlineData("le système de\n{{e}} est", "le CH", "le système du CH est")]
    public void De_and_a_contract_with_the_article_of_the_value(string text, string value, string expected)
    {
        Assert.Equal(expected, Fill(text, value));
    }

    [Theory]
    [InlineData("{{e}} fournit.", "le CH", "Le CH fournit.")]
    [InlineData("Il signe. {{e}} contresigne.", "l'établissement", "Il signe. L'établissement contresigne.")]
    [InlineData("- {{e}} fournit", "le CH", "- Le CH fournit")]
    [InlineData("Ainsi, {{e}} fournit.", "le CH", "Ainsi, le CH fournit.")]
    public void A_value_opening_a_sentence_takes_a_capital(string text, string value, string expected)
    {
        Assert.Equal(expected, Fill(text, value));
    }

    [Fact]
    public void Words_ending_in_de_do_not_contract()
    {
        Assert.Equal("la méthode le CH", Fill("la méthode {{e}}", "le CH"));
        Assert.Equal("aide le CH", Fill("aide {{e}}", "le CH"));
    }

    [Fact]
    public void Unknown_parameters_stay_as_written_and_values_go_through_the_escape()
    {
        var filled = ParameterText.Fill("de {{e}} et {{x}}", new Dictionary<string, string> { ["e"] = "le *CH*" }, v => v.Replace("*", "\\*", StringComparison.Ordinal));

        Assert.Equal("du \\*CH\\* et {{x}}", filled);
    }
}
