using Clausier.Core.Model;
using Clausier.Core.Text;

namespace Clausier.Core.Tests.Text;

public class ClauseHtmlTests
{
    private static readonly CatalogueParameter[] Parameters =
    [
        new("establishment", "Désignation de l'établissement", "l'établissement"),
        new("delay", "Délai", "<8> jours & plus"),
    ];

    [Fact]
    public void Parameters_show_their_default_value_marked_and_named()
    {
        var html = ClauseHtml.Render("Le titulaire informe {{establishment}} sous {{ delay }}.", Parameters);

        Assert.Equal(
            "<p>Le titulaire informe <span class=\"parameter\" title=\"Paramètre establishment : Désignation de l&#x27;établissement\">l&#x27;établissement</span>"
            + " sous <span class=\"parameter\" title=\"Paramètre delay : Délai\">&lt;8&gt; jours &amp; plus</span>.</p>\n",
            html);
    }

    [Fact]
    public void Values_given_for_a_tender_replace_the_defaults()
    {
        var html = ClauseHtml.Render("{{establishment}}", Parameters, new Dictionary<string, string> { ["establishment"] = "le CHU" });

        Assert.Contains(">le CHU</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_and_emphasis_are_rendered_and_raw_html_is_escaped()
    {
        var html = ClauseHtml.Render("Le titulaire :\n\n- *chiffre* les données ;\n- <script>alert(1)</script> ;", Parameters);

        Assert.Contains("<li><em>chiffre</em> les données ;</li>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_parameter_stays_written_as_in_the_catalogue()
    {
        Assert.Equal("<p>selon {{inconnu}}</p>\n", ClauseHtml.Render("selon {{inconnu}}", Parameters));
    }
}
