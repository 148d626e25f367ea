using System.Xml.Linq;
using Clausier.Core.Diagnostics;

namespace Clausier.Forms.Reading;

/// <summary>Where a field was found.</summary>
/// <param name="Control">The content control, when there still is one.</param>
/// <param name="Container">What its text is read from: the whole answer cell, or the control alone when it sits outside its table.</param>
/// <param name="Place">The position as a reader counts it, for problem locations.</param>
internal sealed record FieldHit(AnswerSource Source, XElement? Control, XElement Container, CellPlace? Place)
{
    /// <summary>The position in words (<c>table 4, row 2, column 2</c>), English and French; made only for a problem.</summary>
    public MessageText? Detail => Place?.Describe();
}
