using System.Text;
using System.Text.RegularExpressions;
using Clausier.Word.Markdown.FormFields;

namespace Clausier.Word.Tests;

/// <summary>The form field syntax <c>[[scope:field items]]</c>, read by hand, accepts exactly what its grammar as a regular expression accepts.</summary>
public class FormFieldSyntaxTests
{
    private static readonly Regex Grammar = new(@"^(?<scope>[A-Za-z0-9][A-Za-z0-9._-]*):(?<field>[A-Za-z]+)(?: (?<items>[^\]\r\n]+))?\z");

    [Theory]
    [InlineData("O-1.1:status Oui|Non|Non concerné", true)]
    [InlineData("candidat:raison_sociale", false)]
    [InlineData("candidate:name", true)]
    [InlineData("O-1.1:answer", true)]
    [InlineData(":answer", false)]
    [InlineData("-x:answer", false)]
    [InlineData("O-1.1:", false)]
    [InlineData("O-1.1:status ", false)]
    [InlineData("O-1.1:status  a", true)]
    [InlineData("O-1.1:status2", false)]
    [InlineData("O-1.1:status a]b", false)]
    [InlineData("O-1.1:status a\nb", false)]
    [InlineData("O:1:status", false)]
    [InlineData("é:status", false)]
    public void Reads_the_fields_the_grammar_describes(string inner, bool expected)
    {
        Assert.Equal(expected, FormFieldInlineParser.TryParse(inner, out _, out _, out _));
        Assert.Equal(expected, Grammar.IsMatch(inner));
    }

    [Fact]
    public void Agrees_with_the_grammar_on_seeded_random_text()
    {
        const string alphabet = "Oo1-._:: |]\r\nÀéab";
        var random = new Random(18);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 14);
            for (var j = 0; j < length; j++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var inner = text.ToString();
            var match = Grammar.Match(inner);
            var parsed = FormFieldInlineParser.TryParse(inner, out var scope, out var field, out var items);
            Assert.True(match.Success == parsed, $"case {i}: \"{inner}\"");
            if (parsed)
            {
                Assert.Equal(match.Groups["scope"].Value, scope);
                Assert.Equal(match.Groups["field"].Value, field);
                var expected = match.Groups["items"].Success
                    ? match.Groups["items"].Value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    : [];
                Assert.Equal(expected, items);
            }
        }
    }
}
