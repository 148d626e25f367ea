using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using Clausier.Core.Model;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;

namespace Clausier.Core.Tests.Selection;

public class TenderParameterTests
{
    private static readonly Catalogue Catalogue = CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!;

    internal static Tender Read(string yaml)
    {
        var result = TenderReader.Read("consultation.yml", new StringReader(yaml));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    internal static Result<AnnexSelection> Select(string yaml, string lot = Tender.SingleLot)
    {
        var tender = Read(yaml);
        return PointSelector.Select(Catalogue, tender, tender.FindLot(lot)!);
    }

    private const string Head = "reference: R\nsubject: S\nbuyer:\n  name: CH\nsegment: saas\noptions:\n";

    [Fact]
    public void A_tls_version_below_the_published_one_is_an_error_at_its_line_and_column()
    {
        var result = Select(Head + "  parameters:\n    tls_min_version: \"1.0\"\n");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticIds.ParameterWeakerThanPublished, error.Id);
        Assert.Contains("tls_min_version", error.Message, StringComparison.Ordinal);
        Assert.Equal("consultation.yml(8,5)", error.Location!.ToString());
        Assert.Null(result.Value);
    }

    [Fact]
    public void A_six_month_patch_delay_is_weaker_than_the_published_month()
    {
        var result = Select(Head + "  parameters:\n    patch_delay_critical: 6 mois\n");

        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.ParameterWeakerThanPublished && d.Message.Contains("patch_delay_critical", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stricter_value_is_accepted_and_listed_as_changed()
    {
        var result = Select(Head + "  parameters:\n    patch_delay_critical: 15 jours\n    tls_min_version: \"1.3\"\n    subprocessor_objection_days: 30\n");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal("15\u00A0jours", result.Value!.Parameters["patch_delay_critical"]);
        var changed = result.Value.Departures.ChangedParameters.ToDictionary(c => c.Parameter.Id);
        Assert.Equal("1\u00A0mois", changed["patch_delay_critical"].Published);
        Assert.False(changed["tls_min_version"].Weaker);
        Assert.Equal("30\u00A0jours", changed["subprocessor_objection_days"].Value);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_the_parameter_and_what_it_expects()
    {
        var result = Select(Head + "  parameters:\n    audit_notice_days: abc\n");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticIds.InvalidParameterValue, error.Id);
        Assert.Contains("audit_notice_days", error.Message, StringComparison.Ordinal);
        Assert.Contains("number of days", error.Message, StringComparison.Ordinal);
        Assert.Equal("consultation.yml(8,5)", error.Location!.ToString());
    }

    [Fact]
    public void A_derogation_with_its_reason_allows_a_weaker_value_and_the_annex_lists_it()
    {
        var result = Select(Head + "  parameters:\n    tls_min_version: \"1.1\"\n  derogations:\n    - parameter: tls_min_version\n      reason: Automates anciens.\n");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var changed = Assert.Single(result.Value!.Departures.ChangedParameters, c => c.Parameter.Id == "tls_min_version");
        Assert.True(changed.Weaker);
        Assert.Equal("Automates anciens.", changed.Reason);
        Assert.Equal("1.2", changed.Published);
    }

    [Fact]
    public void A_derogation_without_a_reason_is_refused()
    {
        var read = TenderReader.Read("consultation.yml", new StringReader(Head + "  derogations:\n    - parameter: tls_min_version\n"));

        Assert.Contains(read.Diagnostics, d => d.Id == DiagnosticIds.DerogationWithoutReason && d.Location!.ToString() == "consultation.yml(8,7)");
    }

    [Fact]
    public void A_derogation_nothing_needs_is_a_warning()
    {
        var result = Select(Head + "  derogations:\n    - parameter: tls_min_version\n      reason: Pour voir.\n");

        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.DerogationNotNeeded && !d.IsError);
    }

    [Fact]
    public void Contacts_that_only_describe_someone_warn_and_an_address_silences_them()
    {
        var described = Select(Head + "  allow_partial: false\n");
        var reachable = Select(Head + "  parameters:\n    dpo_contact: dpo@ch.fr\n    ciso_contact: \"02 38 00 00 00\"\n");

        Assert.Equal(["ciso_contact", "dpo_contact"], described.Diagnostics.Where(d => d.Id == DiagnosticIds.ContactNotReachable)
            .Select(d => d.Message.Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(reachable.Diagnostics, d => d.Id == DiagnosticIds.ContactNotReachable);
    }

    [Fact]
    public void A_designation_without_its_article_is_refused()
    {
        var result = Select(Head + "  parameters:\n    establishment: CHU de Montval\n");

        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.InvalidParameterValue && d.Message.Contains("article", StringComparison.Ordinal));
    }
}
