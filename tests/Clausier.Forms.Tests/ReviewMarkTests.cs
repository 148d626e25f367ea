using Clausier.Core.Forms;
using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

public class ReviewMarkTests
{
    [Fact]
    public void Reads_tracked_changes_as_accepted_and_reports_them()
    {
        var package = Filling.FilledAnnex();
        Mangle.TrackChanges(W.Control(package.Document, Parse.Tag("O-1.1", FormField.Answer)), " Suppléant : M. Durand.", "Ancien texte. ");

        var parsed = Parse.Package(package);

        Assert.Equal(Filling.Complete["O-1.1"].Answer + " Suppléant : M. Durand.", parsed.Find("O-1.1")!.Answer);
        var problem = Parse.Single(parsed, ProblemCodes.RevisionsPending);
        Assert.Equal("O-1.1", problem.PointId);
        Assert.Contains("3 tracked change(s)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_comments_with_their_point_and_never_merges_them()
    {
        var package = Filling.FilledAnnex();
        Mangle.AddComment(package, Parse.Tag("O-7.2", FormField.Answer), "Jeanne Martin", "À valider avec l'éditeur");

        var parsed = Parse.Package(package);

        Parse.AnswersEqual(Filling.Complete, parsed);
        var comment = Assert.Single(parsed.Problems, p => p.Code == ProblemCodes.Comment && p.PointId == "O-7.2");
        Assert.Contains("Jeanne Martin", comment.Message, StringComparison.Ordinal);
        Assert.Contains("À valider avec l'éditeur", comment.Message, StringComparison.Ordinal);
        Assert.Contains(parsed.Problems, p => p.Code == ProblemCodes.Comment && p.Message.StartsWith("1 comment(s)", StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Answers, a => a.Answer?.Contains("valider", StringComparison.Ordinal) == true);
    }

    public static TheoryData<string[], string, string> CommentPlaces => new()
    {
        { ["O-7.2"], "1\u00A0commentaire(s) dans le document, sur O-7.2", "1 comment(s) in the document, on O-7.2" },
        { [""], "1\u00A0commentaire(s) dans le document, hors de tout point", "1 comment(s) in the document, outside any point" },
        { ["O-7.2", "O-1.1", "O-7.2", ""], "4\u00A0commentaire(s) dans le document, sur O-7.2, O-1.1 et hors de tout point", "4 comment(s) in the document, on O-7.2, O-1.1 and outside any point" },
    };

    [Theory]
    [MemberData(nameof(CommentPlaces))]
    public void The_comment_summary_says_in_french_which_points_the_comments_are_on(string[] points, string french, string english)
    {
        var package = Filling.FilledAnnex();
        var outside = package.Document.Root!.Descendants(W.N("r")).First();
        Mangle.AddComments(package, [.. points.Select(p => (p.Length == 0 ? outside : W.Control(package.Document, Parse.Tag(p, FormField.Answer)), "Jeanne Martin", "À voir"))]);

        var parsed = Parse.Package(package);

        var summary = Assert.Single(parsed.Problems, p => p.Code == ProblemCodes.Comment && p.PointId is null && p.Message.Contains("in the document", StringComparison.Ordinal));
        Assert.Equal(french, summary.FrenchMessage);
        Assert.Equal(english, summary.Message);
        Assert.DoesNotContain("sur hors", summary.FrenchMessage, StringComparison.Ordinal);
    }
}
