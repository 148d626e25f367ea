namespace Clausier.Core.Model;

/// <summary>A regulatory or normative reference cited by a control point, e.g. <c>RGPD art. 28(3)(a)</c>.</summary>
/// <param name="Scheme">The scheme recognised by <see cref="ReferenceSchemes"/>, e.g. <c>RGPD</c>.</param>
/// <param name="Text">The reference as written in the catalogue.</param>
public sealed record Reference(string Scheme, string Text)
{
    public override string ToString() => Text;
}
