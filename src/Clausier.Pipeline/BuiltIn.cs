namespace Clausier.Pipeline;

/// <summary>
/// Where the built-in catalogue, template set and example tenders are: under builtin/ next to the tool's
/// binaries. For the single-file executable that is the folder the bundle extracts itself to on first
/// run (src/Clausier.Cli/Clausier.Cli.csproj), so the executable works with no other file around it.
/// </summary>
public static class BuiltIn
{
    private static string Root => Path.Combine(AppContext.BaseDirectory, "builtin");

    public static string CatalogueFolder => Path.Combine(Root, "catalogue");

    public static string TemplateFolder => Path.Combine(Root, "templates", "default");

    /// <summary>Templates of the analysis report and of the letters to candidates (<c>clausier evaluate</c>).</summary>
    public static string EvaluationTemplateFolder => Path.Combine(Root, "templates", "evaluation");

    public static string ExampleTender => Path.Combine(Root, "templates", "examples", "tender.yml");

    public static string ExamplesFolder => Path.Combine(Root, "templates", "examples");
}
