using Clausier.Core.Text;

namespace Clausier.Core.Tests.Text;

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
    public void Paragraphs_given_as_a_list_get_the_hash_of_the_paragraphs_and_keep_it()
    {
        var cache = new ClauseHashCache();
        string[] paragraphs = ["Le titulaire informe l\u2019établissement.", "Sans délai."];

        var first = cache.Sha256(paragraphs);

        Assert.Equal(ClauseText.Sha256(paragraphs), first);
        Assert.True(cache.TryGet(string.Join(ClauseHashCache.ParagraphSeparator, paragraphs), out var kept));
        Assert.Equal(first, kept);
        Assert.Equal(first, cache.Sha256(paragraphs));
    }

    [Fact]
    public void Paragraphs_joined_differently_do_not_share_a_hash()
    {
        var cache = new ClauseHashCache();

        var one = cache.Compute(string.Join(ClauseHashCache.ParagraphSeparator, "Le titulaire", "informe."));
        var two = cache.Compute("Le titulaire informe.");

        Assert.NotEqual(one, two);
    }

    [Fact]
    public void A_clause_far_longer_than_any_catalogue_clause_is_hashed_but_not_kept()
    {
        // A returned file may hold anything in a clause; the cache keeps clause-sized texts only.
        var cache = new ClauseHashCache();
        var huge = new string('x', 100_000);

        Assert.Equal(ClauseText.Sha256([huge]), cache.Compute(huge));
        Assert.False(cache.TryGet(huge, out _));
    }

    [Fact]
    public void No_paragraphs_or_paragraphs_longer_than_any_clause_get_the_hash_of_the_paragraphs()
    {
        var cache = new ClauseHashCache();
        string[] none = [];
        string[] longOnes = [new string('a', 50_000), "", new string('b', 50_000)];

        Assert.Equal(ClauseText.Sha256(none), cache.Sha256(none));
        Assert.Equal(ClauseText.Sha256(none), cache.Sha256(none));
        Assert.Equal(ClauseText.Sha256(longOnes), cache.Sha256(longOnes));
        Assert.Equal(ClauseText.Sha256(longOnes), cache.Sha256(longOnes));
    }
}
