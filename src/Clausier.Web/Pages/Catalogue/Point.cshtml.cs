using Clausier.Core.Model;
using Clausier.Core.Text;
using Clausier.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clausier.Web.Pages.Catalogue;

/// <summary>One control point in full: text with the catalogue's default parameter values, evidence, references.</summary>
public sealed class PointModel(Workbench workbench) : PageModel
{
    public ControlPoint Point { get; private set; } = null!;

    public Section Section { get; private set; } = null!;

    public Core.Model.Catalogue Catalogue => workbench.Catalogue;

    public IActionResult OnGet(string? id)
    {
        if (Catalogue.FindPoint(id ?? "") is not { } point)
        {
            return NotFound();
        }

        Point = point;
        Section = Catalogue.AllSections().First(s => s.Number == point.SectionNumber);
        return Page();
    }

    public string AnswerLabel => Point.AnswerType switch
    {
        AnswerType.YesNo => "Oui / Non",
        AnswerType.YesNoNotApplicable => "Oui / Non / Non concerné",
        AnswerType.Description => "Description",
        AnswerType.DescriptionOrNotApplicable => "Description, ou Non concerné avec sa raison",
        _ => "Engagement, avec un commentaire libre",
    };

    /// <summary>The requirement as HTML, parameters shown with the catalogue's default values (raw HTML in the catalogue is escaped).</summary>
    public string BodyHtml => ClauseHtml.Render(Point.Body, Catalogue.Parameters);

    public string SegmentLabel(string id) =>
        id == Segment.All ? "tous les segments" : Catalogue.FindSegment(id)?.Label ?? id;
}
