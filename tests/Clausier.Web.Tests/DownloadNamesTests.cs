using Clausier.Web.Services;

namespace Clausier.Web.Tests;

public class DownloadNamesTests
{
    [Theory]
    [InlineData("consultation-INFO 26/014", ".yml", "consultation-INFO-26-014.yml")]
    [InlineData("annexes-Réf. « été » 2026", ".zip", "annexes-Ref-ete-2026.zip")]
    [InlineData("../../etc/passwd", ".yml", "etc-passwd.yml")]
    [InlineData("«»", ".xlsx", "clausier.xlsx")]
    public void Keeps_only_safe_ascii(string stem, string extension, string expected)
    {
        Assert.Equal(expected, DownloadNames.Safe(stem, extension));
    }

    [Theory]
    [InlineData("C:\\Users\\achats\\offre.docx", "offre.docx")]
    [InlineData("../../offre\u0007.docx", "offre.docx")]
    [InlineData("", "fichier sans nom")]
    public void Display_name_is_the_last_segment_without_control_characters(string name, string expected)
    {
        Assert.Equal(expected, DownloadNames.Display(name));
    }
}
