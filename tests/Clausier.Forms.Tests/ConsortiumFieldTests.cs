using Clausier.Core.Forms;
using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

/// <summary>The candidate block's consortium fields and foreign identifiers are read back (docs/form-contract.md).</summary>
public sealed class ConsortiumFieldTests
{
    private static DocxPackage FilledByAConsortium()
    {
        var package = WrittenAnnex.Filled();
        WordFill.Text(package.Document, FormContract.CandidateTag("consortium"), "Alpha SAS (73282932000074) ; Beta GmbH (DE123456789)");
        WordFill.Text(package.Document, FormContract.CandidateTag("lead"), "Alpha SAS");
        return package;
    }

    [Fact]
    public void Consortium_members_and_lead_member_are_read_by_their_tags()
    {
        var parsed = Parse.Package(FilledByAConsortium());

        Assert.Equal("Alpha SAS (73282932000074) ; Beta GmbH (DE123456789)", parsed.Candidate.ConsortiumMembers);
        Assert.Equal("Alpha SAS", parsed.Candidate.LeadMember);
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void Consortium_fields_are_read_by_their_row_label_when_tags_were_stripped()
    {
        var package = FilledByAConsortium();
        Mangle.StripTagsAliasesIds(package.Document);

        var parsed = Parse.Package(package);

        Assert.Equal("Alpha SAS", parsed.Candidate.LeadMember);
    }

    [Fact]
    public void A_single_company_leaving_the_consortium_fields_empty_is_no_problem()
    {
        var parsed = Parse.Package(WrittenAnnex.Filled());

        Assert.Null(parsed.Candidate.ConsortiumMembers);
        Assert.Null(parsed.Candidate.LeadMember);
        Assert.DoesNotContain(parsed.Problems, p => p.Code == ProblemCodes.CandidateFieldMissing);
    }

    [Fact]
    public void A_foreign_firms_identifier_in_place_of_a_siret_is_kept_without_a_problem()
    {
        var package = WrittenAnnex.Filled();
        WordFill.Text(package.Document, FormContract.CandidateTag("siret"), "DE123456789");

        var parsed = Parse.Package(package);

        Assert.Equal("DE123456789", parsed.Candidate.Siret);
        Assert.DoesNotContain(parsed.Problems, p => p.Code == ProblemCodes.SiretInvalid);
    }
}
