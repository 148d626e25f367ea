namespace Clausier.Templating;

/// <summary>Stable ids of template diagnostics (docs/diagnostics.md).</summary>
public static class TemplateDiagnosticIds
{
    public const string MissingMain = "CLZ2001";
    public const string Syntax = "CLZ2002";
    public const string Runtime = "CLZ2003";
    public const string Limit = "CLZ2004";
    public const string Timeout = "CLZ2005";
}
