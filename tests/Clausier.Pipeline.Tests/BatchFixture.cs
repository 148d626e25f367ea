using Clausier.Core.Loading;
using Clausier.Templating;
using Clausier.Word;

namespace Clausier.Pipeline.Tests;

/// <summary>A generator over the built-in catalogue and templates, and a temporary batch folder with tenders.</summary>
internal sealed class BatchFixture : IDisposable
{
    public BatchFixture()
    {
        Directory.CreateDirectory(Folder);
        Generator = new AnnexGenerator(
            CatalogueLoader.LoadFolder(BuiltIn.CatalogueFolder).Value!,
            TemplateSet.Load(BuiltIn.TemplateFolder).Value!,
            WordOptions.Default, TemplateLimits.Default);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "clausier-batch-" + Guid.NewGuid().ToString("N"));

    public string Output => Path.Combine(Folder, "out");

    public AnnexGenerator Generator { get; }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static string Tender(string reference, string segment) => $"""
        reference: {reference}
        subject: Achat de test {reference}
        buyer:
          name: Centre hospitalier de Test
        segment: {segment}
        """;

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
