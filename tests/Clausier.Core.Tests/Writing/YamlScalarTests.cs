using Clausier.Core.Writing;
using YamlDotNet.RepresentationModel;

namespace Clausier.Core.Tests.Writing;

public class YamlScalarTests
{
    [Theory]
    [InlineData("Clausier Sécurité Santé v2024")]
    [InlineData("Club RSSI Santé - 14/05/2024")]
    [InlineData("21")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    [InlineData(" leading space")]
    [InlineData("key: value")]
    [InlineData("a # comment")]
    [InlineData("- dash")]
    [InlineData("'quoted'")]
    [InlineData("\"double\"")]
    [InlineData("back\\slash")]
    [InlineData("line\nbreak\ttab")]
    [InlineData("bell\u0007 and nel\u0085")]
    [InlineData("&anchor *alias !tag %directive @at `tick`")]
    [InlineData("l’établissement « guillemets »")]
    [InlineData("ends with colon:")]
    public void Reads_back_as_the_same_text(string value)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("key: " + YamlScalar.Format(value) + "\n"));

        var read = ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode)["key"]).Value;

        Assert.Equal(value, read);
    }

    [Fact]
    public void Plain_text_stays_unquoted()
    {
        Assert.Equal("Club RSSI Santé - 14/05/2024", YamlScalar.Format("Club RSSI Santé - 14/05/2024"));
    }
}
