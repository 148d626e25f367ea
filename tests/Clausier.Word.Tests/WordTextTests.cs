using Clausier.Word.Docx;

namespace Clausier.Word.Tests;

public class WordTextTests
{
    [Fact]
    public void Removes_control_characters_and_lone_surrogates_and_reports_their_index()
    {
        var removed = new List<int>();

        var clean = WordText.Clean("a\u0001b\uD800c\uFFFFd", (index, _) => removed.Add(index));

        Assert.Equal("abcd", clean);
        Assert.Equal([1, 3, 5], removed);
    }

    [Fact]
    public void Keeps_tabs_surrogate_pairs_and_ordinary_text_unchanged()
    {
        const string Text = "Réponse\t✓ 😀 œ « »";

        Assert.Equal(Text, WordText.Clean(Text, (_, c) => Assert.Fail($"U+{(int)c:X4} removed")));
    }
}
