namespace Clausier.Core.Model;

/// <summary>The kind of answer a control point expects, as stated in the published clausier.</summary>
public enum AnswerType
{
    /// <summary>Written <c>OUI/NON</c>.</summary>
    YesNo,

    /// <summary>Written <c>OUI/NON/NC</c> (NC = non concerné).</summary>
    YesNoNotApplicable,

    /// <summary>A description or a document to supply.</summary>
    Description,

    /// <summary>A description, or Non concerné with a reason.</summary>
    DescriptionOrNotApplicable,

    /// <summary>A commitment with no answer stated; the candidate may comment.</summary>
    None,
}
