using System.Text.RegularExpressions;
using Clausier.Analysis.Evaluating;
using Clausier.Analysis.Tests.Fixtures;
using Clausier.Core.Selection;
using Clausier.Pipeline.Evaluation;
using Scriban.Runtime;

namespace Clausier.Docs.Tests;

/// <summary>
/// docs/templates.md names every variable the templates see: those of the annex, and those the analysis
/// report and the letters add. The models are built for real — three evaluated offers, a decision, a
/// letter — and walked, so that a member added in the code and not documented fails here.
/// </summary>
public partial class TemplateVariablesDocumentTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepositoryPaths.Docs, "templates.md"));

    [Fact]
    public void Every_variable_of_the_annex_the_report_and_the_letters_is_documented()
    {
        var (report, letter) = Models();

        var missing = Members(report).Concat(Members(letter))
            .Distinct()
            .Where(m => !Documented(m.Top, m.Name))
            .Select(m => $"{m.Path} ('{m.Name}' under `{m.Top}`)")
            .ToList();

        Assert.True(missing.Count == 0, "docs/templates.md does not name:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void The_walk_reaches_the_nested_members_of_the_evaluation()
    {
        var (report, letter) = Models();
        var paths = Members(report).Concat(Members(letter)).Select(m => m.Path).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("evaluation.candidates[].sections[].earned", paths);
        Assert.Contains("evaluation.decisions[].reason", paths);
        Assert.Contains("evaluation.deciding[].scores", paths);
        Assert.Contains("candidate.adjustments[].computed", paths);
        Assert.Contains("letter.requests[].answer_lines", paths);
        Assert.Contains("grid.sections[].weight", paths);
        Assert.Contains("grid.rounding", paths);
    }

    /// <summary>The report and a letter of the three offers, Gamma's score of O-5.1 set by a decision.</summary>
    private static (ScriptObject Report, ScriptObject Letter) Models()
    {
        var decisions = DecisionsReader.Read("decisions.yml", new StringReader("""
            decisions:
              - candidate: Gamma Cloud
                point: O-5.1
                score: 0.5
                reason: La description ne couvre pas les comptes de service.
            """)).Value!;
        var evaluation = EvaluationRun.Run(ThreeOffers.Read(), RealAnnex.Catalogue, ThreeOffers.Tender, decisions).Single().Evaluation!;
        var selection = PointSelector.Select(RealAnnex.Catalogue, ThreeOffers.Tender, ThreeOffers.Tender.Lots[0]).Value!;
        var gamma = evaluation.Candidates.Single(c => c.Requests.Any());
        var date = new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
        return (EvaluationModel.Report(selection, evaluation, "evaluation", date),
            EvaluationModel.Letter(selection, evaluation, gamma, "evaluation", date, "lundi 1er mars 2027"));
    }

    /// <summary>Every member below the top-level variables, with its path; the items of a list are walked through the first non-empty one.</summary>
    private static IEnumerable<(string Top, string Name, string Path)> Members(ScriptObject globals)
    {
        foreach (var (top, value) in globals.Where(g => g.Value is not IScriptCustomFunction))
        {
            yield return (top, top, top);

            // The parameters are the catalogue's own ids, documented as parameters.<id>.
            foreach (var member in top == "parameters" ? [] : Walk(top, top, value))
            {
                yield return member;
            }
        }
    }

    private static IEnumerable<(string Top, string Name, string Path)> Walk(string top, string path, object? value)
    {
        switch (value)
        {
            case ScriptObject script:
                foreach (var (name, item) in script)
                {
                    yield return (top, name, $"{path}.{name}");
                    foreach (var nested in Walk(top, $"{path}.{name}", item))
                    {
                        yield return nested;
                    }
                }

                break;
            case ScriptArray array:
                foreach (var nested in array.OfType<ScriptObject>().Take(1).SelectMany(item => Walk(top, path + "[]", item)))
                {
                    yield return nested;
                }

                break;
        }
    }

    /// <summary>The page names the variable as a table row of its own and the member as a code span: `name`, or a path ending in .name.</summary>
    private static bool Documented(string top, string name) =>
        Page.Contains($"| `{top}", StringComparison.Ordinal)
        && (top == name || new Regex($@"`(?:[a-z_]+\.)*{Regex.Escape(name)}`|\.{Regex.Escape(name)}\b").IsMatch(Page));
}
