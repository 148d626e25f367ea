using Clausier.Core.Text;
using Clausier.Word.Docx;

namespace Clausier.Word.Tests;

public class ClauseHashCacheTests
{
    [Theory]
    [InlineData("Une phrase.")]
    [InlineData("Premier paragraphe.|Second paragraphe.")]
    [InlineData("|Après un paragraphe vide.|")]
    public void A_hash_computed_or_kept_is_the_hash_of_the_paragraphs(string text)
    {
        var paragraphs = text.Split('|');
        var cache = new ClauseHashCache();
        var key = string.Join(ClauseHashCache.ParagraphSeparator, paragraphs);

        Assert.False(cache.TryGet(key, out _));
        var computed = cache.Compute(key);
        Assert.True(cache.TryGet(key, out var kept));

        Assert.Equal(ClauseText.Sha256(paragraphs), computed);
        Assert.Equal(computed, kept);
    }

    [Fact]
    public void Paragraphs_joined_differently_do_not_share_a_hash()
    {
        var cache = new ClauseHashCache();

        var one = cache.Compute(string.Join(ClauseHashCache.ParagraphSeparator, "Le titulaire", "informe."));
        var two = cache.Compute("Le titulaire informe.");

        Assert.NotEqual(one, two);
    }
}
