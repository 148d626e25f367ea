using System.Text;
using Clausier.Core.Text;

namespace Clausier.Core.Tests.Text;

public class NfcTests
{
    [Fact]
    public void Text_is_composed_by_construction_exactly_below_U0300_and_in_U2002_to_U20CF()
    {
        for (var code = 0; code <= 0xFFFF; code++)
        {
            var c = (char)code;
            var expected = code < 0x0300 || code is >= 0x2002 and <= 0x20CF;
            Assert.True(expected == Nfc.IsComposedByConstruction([c]), $"U+{code:X4}");
            Assert.True(expected == Nfc.IsComposedByConstruction("Texte de la clause, assez long pour les recherches vectorisées " + c + " et la suite."), $"U+{code:X4} in text");
        }
    }

    [Fact]
    public void What_is_composed_by_construction_is_nfc_and_kept_as_it_is()
    {
        var accepted = new string([.. Enumerable.Range(0x20, 0x300 - 0x20).Concat(Enumerable.Range(0x2002, 0x20D0 - 0x2002)).Select(c => (char)c)]);

        Assert.True(accepted.IsNormalized(NormalizationForm.FormC));
        Assert.Same(accepted, Nfc.Normalize(accepted));
        Assert.Equal("é", Nfc.Normalize("e\u0301"));
    }
}
