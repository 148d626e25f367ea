using Clausier.Core.Parameters;

namespace Clausier.Core.Tests.Parameters;

public class ParameterValueTests
{
    [Theory]
    [InlineData("30", "30\u00A0jours")]
    [InlineData("30 jours", "30\u00A0jours")]
    [InlineData(" trente jours ", "30\u00A0jours")]
    [InlineData("1", "1\u00A0jour")]
    [InlineData("1 jour", "1\u00A0jour")]
    public void Days_print_with_their_unit_once_whatever_the_buyer_typed(string written, string printed)
    {
        Assert.Equal(printed, ParameterValue.Parse(ParameterKind.Days, written)!.Text);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("30 mois")]
    [InlineData("-3")]
    [InlineData("")]
    [InlineData("0")]
    public void A_value_that_is_not_a_number_of_days_is_refused(string written)
    {
        Assert.Null(ParameterValue.Parse(ParameterKind.Days, written));
    }

    [Theory]
    [InlineData("15 jours", "15\u00A0jours", 360)]
    [InlineData("un mois", "1\u00A0mois", 720)]
    [InlineData("3 mois", "3\u00A0mois", 2160)]
    [InlineData("24 h", "24\u00A0heures", 24)]
    [InlineData("1 heure", "1\u00A0heure", 1)]
    [InlineData("2 semaines", "2\u00A0semaines", 336)]
    public void Delays_carry_a_unit_and_rank_in_hours(string written, string printed, int hours)
    {
        var value = ParameterValue.Parse(ParameterKind.Delay, written)!;

        Assert.Equal(printed, value.Text);
        Assert.Equal(hours, value.Measure);
    }

    [Fact]
    public void A_delay_without_its_unit_is_refused()
    {
        Assert.Null(ParameterValue.Parse(ParameterKind.Delay, "15"));
    }

    [Fact]
    public void Versions_rank_by_number_not_by_text()
    {
        var v12 = ParameterValue.Parse(ParameterKind.Version, "1.2")!;
        var v13 = ParameterValue.Parse(ParameterKind.Version, "TLS 1.3")!;
        var v110 = ParameterValue.Parse(ParameterKind.Version, "1.10")!;

        Assert.Equal("1.3", v13.Text);
        Assert.True(v13.Measure > v12.Measure);
        Assert.True(v110.Measure > v13.Measure);
        Assert.Null(ParameterValue.Parse(ParameterKind.Version, "récente"));
    }

    [Theory]
    [InlineData("le centre hospitalier de Montval", true)]
    [InlineData("l'établissement", true)]
    [InlineData("les Hospices civils", true)]
    [InlineData("la clinique", true)]
    [InlineData("CHU de Montval", false)]
    public void A_designation_must_carry_its_article(string written, bool accepted)
    {
        Assert.Equal(accepted, ParameterValue.Parse(ParameterKind.Designation, written) is not null);
    }

    [Theory]
    [InlineData("dpo@chu-montval.fr", true)]
    [InlineData("le DPO (dpo@chu-montval.fr)", true)]
    [InlineData("02 38 00 00 00", true)]
    [InlineData("+33 2 38 00 00 00", true)]
    [InlineData("le délégué à la protection des données de l'établissement", false)]
    public void A_contact_is_reachable_with_an_address_or_a_number(string written, bool reachable)
    {
        Assert.Equal(reachable, ParameterValue.IsReachable(written));
    }
}
