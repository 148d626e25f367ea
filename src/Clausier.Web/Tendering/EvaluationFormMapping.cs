using System.Globalization;
using Clausier.Core.Evaluation;
using Clausier.Core.Model;
using Clausier.Core.Tenders;

namespace Clausier.Web.Tendering;

/// <summary>
/// Between the form's evaluation block and <see cref="EvaluationSettings"/>. Numbers the buyer edits are
/// shown with a decimal comma and read with either mark; the others travel in invariant notation. A
/// value that cannot be read is left out here: its field carries the validation message.
/// </summary>
public static class EvaluationFormMapping
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The block the form describes; null when the tender has none and the buyer set nothing.</summary>
    public static EvaluationSettings? ToSettings(EvaluationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var sections = form.Sections
            .Where(r => !string.IsNullOrWhiteSpace(r.Key) && Number(r.Weight) is not null)
            .Select(r => new KeyValuePair<string, Located<double>>(r.Key!.Trim(), new Located<double>(Number(r.Weight)!.Value, null)))
            .ToList();
        var points = new Dictionary<string, Located<double>>(StringComparer.Ordinal);
        foreach (var row in form.Points.Where(r => !string.IsNullOrWhiteSpace(r.Key) && Number(r.Weight) is not null))
        {
            points[row.Key!.Trim()] = new Located<double>(Number(row.Weight)!.Value, null);
        }

        var importance = ImportanceRulesOf(form);
        var scale = Scale(form.Scale);
        var total = Number(form.Total);
        var criterion = TenderFormMapping.Optional(form.Criterion)?.Trim();
        var set = form.Present || criterion is not null || total is not null || sections.Count > 0 || points.Count > 0
            || importance != ImportanceRules.None || scale != ScoringScale.Default;
        return set
            ? new EvaluationSettings(criterion ?? EvaluationSettings.DefaultCriterion, total is { } t ? new Located<double>(t, null) : null,
                sections, points, importance, scale)
            : null;
    }

    public static EvaluationForm FromSettings(EvaluationSettings? settings)
    {
        if (settings is null)
        {
            return new EvaluationForm();
        }

        var importance = settings.Importance;
        return new EvaluationForm
        {
            Present = true,
            Criterion = settings.Criterion,
            Total = settings.Total is { } total ? Shown(total.Value) : null,
            Sections = [.. settings.SectionWeights.Select(s => new WeightForm { Key = s.Key, Weight = Shown(s.Value.Value) })],
            Points = [.. settings.PointWeights.Select(p => new WeightForm { Key = p.Key, Weight = Shown(p.Value.Value) })],
            DefaultImportance = importance.Default?.Value.ToWritten(),
            Importance =
            [
                .. importance.ByAnswerType.Select(t => Row(ImportanceForm.AnswerType, t.Key.ToWritten(), t.Value.Value)),
                .. importance.Sections.Select(s => Row(ImportanceForm.Section, s.Key, s.Value.Value)),
                .. importance.Points.Select(p => Row(ImportanceForm.Point, p.Key, p.Value.Value)),
            ],
            Scale = settings.Scale == ScoringScale.Default ? [] :
                [.. new[] { settings.Scale.Oui, settings.Scale.PartialWithPlan, settings.Scale.NotApplicable, settings.Scale.Non, settings.Scale.NoAnswer, settings.Scale.Described }
                    .Select(v => (string?)v.ToString("R", CultureInfo.InvariantCulture))],
        };
    }

    /// <summary>
    /// The section rows the page shows: the form's own, in their order, then an empty one for each section
    /// the grid may weigh that has none yet, so that the buyer can weigh any of them.
    /// </summary>
    public static IReadOnlyList<WeightForm> SectionRows(EvaluationForm form, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(form);
        var rows = form.Sections.ToList();
        rows.AddRange(EvaluationGridBuilder.WeighableSections(catalogue)
            .Where(s => !rows.Exists(r => string.Equals(r.Key?.Trim(), s.Number, StringComparison.Ordinal)))
            .Select(s => new WeightForm { Key = s.Number }));
        return rows;
    }

    /// <summary>A weight as the buyer typed it, with a decimal comma or point; null when blank or unreadable.</summary>
    public static double? Number(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;
    }

    /// <summary>« 12,5 »: the decimal comma a French buyer reads, every digit kept so that the value reads back the same.</summary>
    private static string Shown(double value) => value.ToString("R", French);

    private static ImportanceForm Row(string scope, string target, Importance value) =>
        new() { Scope = scope, Target = target, Value = value.ToWritten() };

    private static ImportanceRules ImportanceRulesOf(EvaluationForm form)
    {
        var byType = new Dictionary<AnswerType, Located<Importance>>();
        var sections = new Dictionary<string, Located<Importance>>(StringComparer.Ordinal);
        var points = new Dictionary<string, Located<Importance>>(StringComparer.Ordinal);
        foreach (var row in form.Importance)
        {
            if (row.Target is not { } target || !Importances.TryParse(row.Value ?? "", out var value))
            {
                continue;
            }

            var located = new Located<Importance>(value, null);
            switch (row.Scope)
            {
                case ImportanceForm.AnswerType when AnswerTypes.TryParse(target, out var type):
                    byType[type] = located;
                    break;
                case ImportanceForm.Section:
                    sections[target.Trim()] = located;
                    break;
                case ImportanceForm.Point:
                    points[target.Trim()] = located;
                    break;
            }
        }

        Located<Importance>? fallback = Importances.TryParse(form.DefaultImportance ?? "", out var d) ? new Located<Importance>(d, null) : null;
        return fallback is null && byType.Count == 0 && sections.Count == 0 && points.Count == 0
            ? ImportanceRules.None
            : new ImportanceRules(fallback, byType, sections, points);
    }

    private static ScoringScale Scale(List<string?> shares)
    {
        if (shares.Count != 6)
        {
            return ScoringScale.Default;
        }

        var d = ScoringScale.Default;
        double At(int i, double fallback) =>
            double.TryParse(shares[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 1 ? v : fallback;
        return new ScoringScale(At(0, d.Oui), At(1, d.PartialWithPlan), At(2, d.NotApplicable), At(3, d.Non), At(4, d.NoAnswer), At(5, d.Described));
    }
}
