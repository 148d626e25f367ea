using System.Globalization;
using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;

namespace Clausier.Analysis.Evaluating;

/// <summary>
/// Reads the buyer's decisions file (<c>decisions.yml</c>, docs/evaluate.md). Every problem is a
/// diagnostic at its line and column; a decision with a problem is left out, never half-applied.
/// </summary>
public static class DecisionsReader
{
    public const string DefaultFileName = "decisions.yml";

    public static Result<IReadOnlyList<BuyerDecision>> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            return new Result<IReadOnlyList<BuyerDecision>>(null,
                [Diagnostic.Of(DiagnosticSeverity.Error, "CLZ5200", new FileLocation(path))]);
        }

        using var reader = File.OpenText(path);
        return Read(path, reader);
    }

    public static Result<IReadOnlyList<BuyerDecision>> Read(string file, TextReader text)
    {
        var diagnostics = new DiagnosticBag();
        var decisions = new List<BuyerDecision>();
        var root = YamlMap.From(YamlLocations.LoadRoot(file, text, diagnostics), file, MessageCatalogue.Format("context.decisions-file"), diagnostics);
        foreach (var node in root?.Sequence("decisions", required: true) ?? [])
        {
            var map = YamlMap.From(node, file, MessageCatalogue.Format("context.decision"), diagnostics);
            if (map is null)
            {
                continue;
            }

            var errors = diagnostics.Items.Count(d => d.IsError);
            var candidate = map.String("candidate", required: true) ?? "";
            var point = map.String("point");
            var accept = map.Boolean("accept") ?? false;
            var reason = map.String("reason", required: true) ?? "";
            double? share = null;
            if (map.String("score") is { } scoreText)
            {
                if (double.TryParse(scoreText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
                {
                    share = value;
                }
                else
                {
                    diagnostics.Report(DiagnosticSeverity.Error, "CLZ5201.score", YamlLocations.At(file, map.Node("score")!), scoreText);
                }
            }

            if (!accept && share is null && map.Node("score") is null)
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ5201.accept-or-score", map.Location);
            }

            map.ReportUnknownKeys();
            if (diagnostics.Items.Count(d => d.IsError) == errors)
            {
                decisions.Add(new BuyerDecision(candidate.Trim(), string.IsNullOrWhiteSpace(point) ? null : point.Trim(), accept, share, reason.Trim(), map.Location));
            }
        }

        root?.ReportUnknownKeys();
        return new Result<IReadOnlyList<BuyerDecision>>(diagnostics.HasErrors ? null : decisions, diagnostics.ToList());
    }
}
