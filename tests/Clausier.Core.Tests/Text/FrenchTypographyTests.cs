using Clausier.Core.Text;

namespace Clausier.Core.Tests.Text;

public sealed class FrenchTypographyTests
{
    [Theory]
    [InlineData("Réponse : oui ; non ! vraiment ? « cité »", "Réponse\u202F: oui\u202F; non\u202F! vraiment\u202F? «\u202Fcité\u202F»")]
    [InlineData("sous 30 jours, à 12 h 00, 20 %", "sous 30\u00A0jours, à 12\u00A0h\u00A000, 20\u00A0%")]
    [InlineData("le n° 9, l'art. 28 et TLS 1.2", "le n°\u00A09, l’art.\u00A028 et TLS\u00A01.2")]
    [InlineData("l'établissement d'achat", "l’établissement d’achat")]
    [InlineData("article L. 2152-2", "article L.\u00A02152-2")]
    public void French_prose_gets_its_spaces_and_apostrophes(string text, string expected) =>
        Assert.Equal(expected, FrenchTypography.Apply(text));

    [Theory]
    [InlineData("O-7.2")]
    [InlineData("CPV 48180000-3")]
    [InlineData("voir https://exemple.fr/l'annexe et achats@ch-l'exemple.fr")]
    [InlineData("12:00 et 1:1")]
    public void Identifiers_addresses_and_codes_are_left_as_they_are(string text) =>
        Assert.Equal(text, FrenchTypography.Apply(text));

    [Fact]
    public void The_text_keeps_its_length_so_pieces_can_be_cut_back()
    {
        const string text = "Délai : 30 jours ; l'acheteur « décide » à 12 h 00.";

        Assert.Equal(text.Length, FrenchTypography.Apply(text).Length);
    }
}
