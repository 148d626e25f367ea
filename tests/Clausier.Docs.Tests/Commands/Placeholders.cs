namespace Clausier.Docs.Tests.Commands;

/// <summary>
/// The file names the documentation uses for the reader's own files, and what stands for each when a
/// documented command runs in its empty working folder. Outputs (the value of <c>-o</c>,
/// <c>--output</c>, <c>--emit-markdown</c>, and the folder of <c>template new</c>) are left to the
/// command; every input it names that the folder does not hold is made, in this order:
/// <list type="number">
/// <item>the example files the documentation defines (<c>&lt;!-- docs-test: file NAME --&gt;</c>) are written first;</item>
/// <item><c>my-tender.yml</c>, <c>ma-consultation.yml</c>: the example tender with three lots
/// (<c>templates/examples/tender-multilot.yml</c>), unless the documentation defines the file;</item>
/// <item><c>my-templates</c>, <c>mes-modeles</c>: a copy of the built-in templates;</item>
/// <item><c>path/to/catalogue</c>, <c>mon-catalogue</c>: a copy of the built-in catalogue;</item>
/// <item><c>clausier-sante-v2.yaml</c>, <c>pgssi-s-1.0.yaml</c>: the published library when the référentiel is here
/// (<see cref="Clausier.Testing.PublishedReference"/>), else the small CISO Assistant library of the import tests;</item>
/// <item>a path that exists from the repository root (<c>templates/examples/batch.yml</c>): that file,
/// since the README's commands run from the root;</item>
/// <item><c>charte.docx</c> and <c>annexe*.docx</c>: an annex generated for the example tender, as
/// <c>clausier generate</c> writes it (it has every style a reference document needs);</item>
/// <item>any other <c>*.docx</c>: a returned annex, every field answered (<see cref="ReturnedAnnex"/>), generated for
/// the tender and lot of <c>--expect-tender</c>/<c>--lot</c> when the command gives them, else for the example tender;</item>
/// <item>any <c>*.json</c>: what <c>clausier parse --format json</c> writes for such a returned annex.</item>
/// </list>
/// </summary>
internal static class Placeholders
{
    private static readonly string[] OutputOptions = ["-o", "--output", "--emit-markdown"];

    private static readonly HashSet<string> TenderFiles = new(StringComparer.Ordinal) { "my-tender.yml", "ma-consultation.yml" };

    private static readonly HashSet<string> TemplateFolders = new(StringComparer.Ordinal) { "my-templates", "mes-modeles" };

    private static readonly HashSet<string> CatalogueFolders = new(StringComparer.Ordinal) { "path/to/catalogue", "mon-catalogue" };

    private static readonly HashSet<string> Libraries = new(StringComparer.Ordinal) { "clausier-sante-v2.yaml", "pgssi-s-1.0.yaml" };

    /// <summary>Writes what <paramref name="command"/> reads into <paramref name="folder"/>; returns its arguments, repository paths made absolute.</summary>
    public static IReadOnlyList<string> Prepare(DocCommand command, string folder, DocWorkspace workspace)
    {
        foreach (var (name, block) in workspace.ExampleFiles)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, block.Content);
        }

        // Named files and repository paths first: a returned annex is generated for the tender the command names.
        var args = command.Args.ToList();
        var positions = InputPositions(args).ToList();
        foreach (var i in positions.Where(i => !Exists(folder, args[i])))
        {
            var fromRoot = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, args[i]));
            if (!MakeNamed(args[i], Path.Combine(folder, args[i])) && (File.Exists(fromRoot) || Directory.Exists(fromRoot)))
            {
                args[i] = fromRoot;
            }
        }

        foreach (var i in positions.Where(i => !Exists(folder, args[i])))
        {
            MakeByExtension(args, args[i], Path.Combine(folder, args[i]), folder, workspace);
        }

        return args;
    }

    private static bool Exists(string folder, string name) =>
        File.Exists(Path.Combine(folder, name)) || Directory.Exists(Path.Combine(folder, name));

    /// <summary>The positions of the words of a command that may name a file it reads.</summary>
    private static IEnumerable<int> InputPositions(List<string> args)
    {
        for (var i = 1; i < args.Count; i++)
        {
            var output = OutputOptions.Contains(args[i - 1], StringComparer.Ordinal)
                || (i == 2 && args[0] == "template" && args[1] == "new");
            if (!output && !args[i].StartsWith('-'))
            {
                yield return i;
            }
        }
    }

    private static bool MakeNamed(string name, string path)
    {
        if (TenderFiles.Contains(name) || TemplateFolders.Contains(name) || CatalogueFolders.Contains(name) || Libraries.Contains(name))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }

        if (TenderFiles.Contains(name))
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, "templates", "examples", "tender-multilot.yml"), path);
        }
        else if (TemplateFolders.Contains(name))
        {
            CopyFolder(Path.Combine(RepositoryPaths.Root, "templates", "default"), path);
        }
        else if (CatalogueFolders.Contains(name))
        {
            CopyFolder(Path.Combine(RepositoryPaths.Root, "catalogue"), path);
        }
        else if (Libraries.Contains(name))
        {
            File.Copy(Clausier.Testing.PublishedReference.TryLibrary(name)
                ?? Path.Combine(RepositoryPaths.Root, "tests", "Clausier.Core.Tests", "Import", "Fixtures", "small-library.yaml"), path);
        }
        else
        {
            return false;
        }

        return true;
    }

    private static void MakeByExtension(List<string> args, string name, string path, string folder, DocWorkspace workspace)
    {
        var file = Path.GetFileName(name);
        if (file.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }

        if (file.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            var generated = file.Equals("charte.docx", StringComparison.OrdinalIgnoreCase) || file.StartsWith("annexe", StringComparison.OrdinalIgnoreCase);
            File.Copy(generated ? workspace.BlankAnnex : workspace.ReturnedAnnexFor(ExpectedTender(args, folder), Option(args, "--lot")), path);
        }
        else if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            File.Copy(workspace.ParsedReturnedAnnex, path);
        }
    }

    /// <summary>The tender the stand-in returned annexes answer: the one `parse` expects, or the one `evaluate` evaluates against.</summary>
    private static string? ExpectedTender(List<string> args, string folder) =>
        (Option(args, "--expect-tender") ?? (args.FirstOrDefault() == "evaluate" ? Option(args, "--tender") : null)) is { } tender
            ? Path.GetFullPath(Path.Combine(folder, tender))
            : null;

    private static string? Option(List<string> args, string name)
    {
        var index = args.IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
