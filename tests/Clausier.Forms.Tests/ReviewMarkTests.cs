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
}
