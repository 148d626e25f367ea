using Clausier.Core.Forms;
using Clausier.Core.Model;

namespace Clausier.Core.CisoAssistant;

/// <summary>
/// Our catalogue as a CISO Assistant framework: sections as non-assessable nodes, points as assessable
/// ones, texts in our own wording with the parameters' default values. Two URN schemes: the published
/// library's (<see cref="Published"/>, so that answers land on the <c>clausier-sante-v2</c> framework a
/// hospital already loaded) and our own (<see cref="Own"/>, the library <c>catalogue export</c> writes,
/// which also carries segments as implementation groups and a closed question per point).
/// </summary>
public static class CatalogueFramework
{
    /// <summary>The text of the closed question each point asks in our library.</summary>
    public const string QuestionText = "Statut de conformité déclaré";

    public static FrameworkOutline Published(Catalogue catalogue) =>
        new(CisoAssistantUrns.PublishedFramework, catalogue.Name, Nodes(catalogue, CisoAssistantUrns.PublishedNode, own: false));

    public static FrameworkOutline Own(Catalogue catalogue) =>
        new(CisoAssistantUrns.OwnFramework(catalogue.Id), catalogue.Name,
            Nodes(catalogue, refId => CisoAssistantUrns.OwnNode(catalogue.Id, refId), own: true));

    /// <summary>The statuses the annex offers for a point of this answer type (Partiel included: a tender may allow it).</summary>
    public static IReadOnlyList<string> Choices(AnswerType type) =>
        [.. FormContract.StatusesFor(type, allowPartial: true).Select(FormContract.StatusText)];

    private static List<FrameworkNode> Nodes(Catalogue catalogue, Func<string, string> urn, bool own)
    {
        var values = LibraryText.Defaults(catalogue);
        var nodes = new List<FrameworkNode>();
        foreach (var section in catalogue.Sections)
        {
            AddSection(nodes, catalogue, section, parent: null, urn, own, values);
        }

        return nodes;
    }

    private static void AddSection(List<FrameworkNode> nodes, Catalogue catalogue, Section section, string? parent, Func<string, string> urn, bool own,
        IReadOnlyDictionary<string, string> values)
    {
        var sectionUrn = urn(section.Number);
        var introduction = LibraryText.FromMarkdown(section.Introduction, values);
        nodes.Add(new FrameworkNode(sectionUrn, section.Number, LibraryText.FromMarkdown(section.Title, values),
            introduction.Length == 0 ? null : introduction, null, section.Depth, parent, Assessable: false));
        foreach (var point in section.Points)
        {
            var pointUrn = urn(point.Id);
            nodes.Add(new FrameworkNode(
                pointUrn,
                point.Id,
                LibraryText.FromMarkdown(point.Title, values),
                LibraryText.FromMarkdown(point.Body, values),
                point.Evidence is null ? null : LibraryText.FromMarkdown(point.Evidence, values),
                section.Depth + 1,
                sectionUrn,
                Assessable: true,
                own ? Annotation(point, values) : null,
                own ? Question(pointUrn, point.AnswerType) : null,
                own ? point.Segments : null,
                own && catalogue.Importance?.For(point, "catalogue") is { } importance ? CisoImportance.Of(importance.Value) : null));
        }

        foreach (var subsection in section.Subsections)
        {
            AddSection(nodes, catalogue, subsection, sectionUrn, urn, own, values);
        }
    }

    private static FrameworkQuestion Question(string pointUrn, AnswerType type)
    {
        var question = pointUrn + ":question:1";
        return new FrameworkQuestion(question, QuestionText,
            [.. Choices(type).Select((value, i) => new FrameworkChoice($"{question}:choice:{i + 1}", value))]);
    }

    /// <summary>What a node has no field for, in lines the importer reads back (docs/ciso-assistant.md).</summary>
    private static string? Annotation(ControlPoint point, IReadOnlyDictionary<string, string> values)
    {
        var lines = new List<string> { $"{LibraryAnnotation.AnswerTypeLabel} : {point.AnswerType.ToWritten()}" };
        if (point.Condition is { } condition)
        {
            lines.Add($"{LibraryAnnotation.ConditionLabel} : {LibraryText.FromMarkdown(condition, values)}");
        }

        if (point.References.Count > 0)
        {
            lines.Add($"{LibraryAnnotation.ReferencesLabel} : {string.Join(" ; ", point.References.Select(r => r.Text))}");
        }

        lines.Add($"{LibraryAnnotation.EditionLabel} : {point.Edition}");
        return string.Join('\n', lines);
    }
}
