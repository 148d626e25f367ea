using System.Xml.Linq;

namespace Clausier.Forms.Reading;

/// <summary>Where a field was found.</summary>
/// <param name="Control">The content control, when there still is one.</param>
/// <param name="Container">What its text is read from: the whole answer cell, or the control alone when it sits outside its table.</param>
/// <param name="Detail">Human-readable position (<c>table 4 (O-7.2), row 2, column 2</c>) for problem locations.</param>
internal sealed record FieldHit(AnswerSource Source, XElement? Control, XElement Container, string? Detail);
