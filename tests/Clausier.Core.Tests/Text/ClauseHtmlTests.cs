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
            "<p>Le titulaire informe <span class=\"parameter\" title=\"Paramètre establishment&#x202F;: Désignation de l’établissement\">l’établissement</span>"
            + " sous <span class=\"parameter\" title=\"Paramètre delay&#x202F;: Délai\">&lt;8&gt; jours &amp; plus</span>.</p>\n",
            html);
    }

    [Fact]
    public void Values_given_for_a_tender_replace_the_defaults_and_are_shown_as_typed()
    {
        var html = ClauseHtml.Render("{{establishment}}", Parameters, new Dictionary<string, string> { ["establishment"] = "l'hôpital : le CHU" });

        Assert.Contains("<span class=\"parameter buyer-value\"", html, StringComparison.Ordinal);
        Assert.Contains(">l&#x27;hôpital : le CHU</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_text_gets_the_typography_of_the_annex()
    {
        var html = ClauseHtml.Render("Le titulaire l'informe sous 30 jours\n: il *l'alerte* ; « vite » !", Parameters);

        Assert.Equal("<p>Le titulaire l’informe sous 30\u00A0jours\u202F: il <em>l’alerte</em>\u202F; «\u202Fvite\u202F»\u202F!</p>\n", html);
    }

    [Fact]
    public void Code_spans_and_links_keep_their_characters()
    {
        var html = ClauseHtml.Render("Voir `l'id : x` et [l'aide : ici](https://exemple.fr/l'aide) ou <https://exemple.fr/a'b>.", Parameters);

        Assert.Contains("<code>l'id : x</code>", html, StringComparison.Ordinal);
        Assert.Contains(">l'aide : ici</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u2019', html);
        Assert.DoesNotContain('\u202F', html);
    }

    [Fact]
    public void Lists_and_emphasis_are_rendered_and_raw_html_is_escaped()
    {
        var html = ClauseHtml.Render("Le titulaire :\n\n- *chiffre* les données ;\n- <script>alert(1)</script> ;", Parameters);

        Assert.Contains("<li><em>chiffre</em> les données\u202F;</li>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_parameter_stays_written_as_in_the_catalogue()
    {
        Assert.Equal("<p>selon {{inconnu}}</p>\n", ClauseHtml.Render("selon {{inconnu}}", Parameters));
    }
}
