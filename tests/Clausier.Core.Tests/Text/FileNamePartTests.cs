using Clausier.Core.Text;

namespace Clausier.Core.Tests.Text;

public class FileNamePartTests
{
    [Theory]
    [InlineData("INFO 26-014", "INFO-26-014")]
    [InlineData("2026T0412", "2026T0412")]
    [InlineData("lot_a", "lot_a")]
    [InlineData("Réf. « été » 2026", "Ref-ete-2026")]
    [InlineData("demande-L’Hôpital d’Été, S.A.S.", "demande-L-Hopital-d-Ete-S-A-S")]
    [InlineData("/../../../../tmp/evade", "tmp-evade")]
    [InlineData("C:\\Users\\achats", "C-Users-achats")]
    [InlineData("..", "vide")]
    [InlineData("« »", "vide")]
    [InlineData("华为", "vide")]
    public void Keeps_ascii_letters_digits_and_underscores_and_makes_every_other_run_one_dash(string text, string expected) =>
        Assert.Equal(expected, FileNamePart.Of(text, "vide"));

    [Fact]
    public void A_long_value_keeps_its_start_and_a_hash_of_the_whole()
    {
        var first = FileNamePart.Of(new string('a', 100) + "1", "vide");
        var second = FileNamePart.Of(new string('a', 100) + "2", "vide");

        Assert.Equal(FileNamePart.MaxLength, first.Length);
        Assert.StartsWith(new string('a', 51) + "-", first, StringComparison.Ordinal);
        Assert.Matches("-[0-9a-f]{8}$", first);
        Assert.NotEqual(first, second);
    }
}
