namespace Clausier.Core.Forms;

/// <summary>The kinds of answer field an annex carries for a control point.</summary>
public enum FormField
{
    /// <summary>Dropdown: Oui / Non / Non concerné (/ Partiel).</summary>
    Status,

    /// <summary>Rich text: the candidate's answer or justification.</summary>
    Answer,

    /// <summary>Plain text: references of the documents supplied as evidence.</summary>
    Evidence,

    /// <summary>Date picker: compliance date when the status is Partiel.</summary>
    Date,
}
