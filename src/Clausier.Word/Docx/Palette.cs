namespace Clausier.Word.Docx;

/// <summary>Colours and sizes of the built-in look: sober navy and teal on white, for a French hospital tender annex.</summary>
internal static class Palette
{
    public const string Navy = "1F3864";
    public const string Teal = "0F7C80";
    public const string Muted = "595959";
    public const string Placeholder = "808080";
    public const string Border = "BFBFBF";
    public const string LabelFill = "E9EFF5";
    public const string NoteFill = "EAF4F4";
    public const string CodeFill = "F2F2F2";

    public const string BodyFont = "Calibri";
    public const string CodeFont = "Consolas";

    /// <summary>Body size in half-points (10.5 pt).</summary>
    public const int BodySize = 21;
}
