namespace Clausier.Forms.Package;

/// <summary>
/// Annotation on a text element whose text was cut while the part was read, and on the document that
/// holds one: the reading phase then reports the field as cut even when cleaning shortened what was kept.
/// </summary>
internal sealed class CutText
{
    public static readonly CutText Mark = new();

    private CutText()
    {
    }
}
