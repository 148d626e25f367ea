namespace Clausier.Templating;

/// <summary>Stable ids of template diagnostics (docs/diagnostics.md).</summary>
public static class TemplateDiagnosticIds
{
    public const string MissingMain = "CLZ2001";
    public const string Syntax = "CLZ2002";
    public const string Runtime = "CLZ2003";
    public const string Limit = "CLZ2004";
    public const string Timeout = "CLZ2005";

    /// <summary>A template file whose real path (links followed) is outside the template folder.</summary>
    public const string OutsideFolder = "CLZ2010";

    /// <summary>A template file, or the folder's files together, above the size cap.</summary>
    public const string TooLarge = "CLZ2011";

    /// <summary>A template file the system refused to read.</summary>
    public const string Unreadable = "CLZ2012";
}
