using Clausier.Docs.Tests.Commands;
using Clausier.Testing;

namespace Clausier.Docs.Tests;

/// <summary>
/// Every command the README and the French guide show runs as written, against the examples, so that
/// the documentation cannot drift from the tool. Conventions: <see cref="DocCommandReader"/>; the stand-ins
/// for the reader's own files: <see cref="Placeholders"/>.
/// </summary>
public class DocumentedCommandTests(DocWorkspace workspace) : IClassFixture<DocWorkspace>
{
    public static TheoryData<string, int, string> Commands()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var command in DocWorkspace.Commands)
        {
            data.Add(command.Document, command.Line, command.Text);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Commands))]
    public void Runs_as_the_documentation_says(string document, int line, string text)
    {
        var command = DocWorkspace.Commands.Single(c => c.Document == document && c.Line == line);
        if (!workspace.KnownCommands.Contains(command.Name))
        {
            Skip.If(command.PendingCommand == command.Name,
                $"{command.Where}: 'clausier {command.Name}' is not a command yet (marked pending); this line runs once 'clausier --help' lists it.");
            Assert.Fail($"{command.Where} documents 'clausier {command.Name}', which 'clausier --help' does not list " +
                $"({string.Join(", ", workspace.KnownCommands.Order(StringComparer.Ordinal))}). Fix the line, or mark its block " +
                $"with <!-- docs-test: skip (pending {command.Name}) --> until the command exists.\n{text}");
        }

        using var folder = new TempDir("clausier-docs-command");
        var args = Placeholders.Prepare(command, folder.Path, workspace);

        CliRun run;
        try
        {
            run = CliRun.In(folder.Path, args);
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"{command.Where}: '{text}' threw {ex}");
            return;
        }

        Assert.False(run.Error.Contains("Unhandled exception", StringComparison.Ordinal) || run.Error.Contains("   at Clausier.", StringComparison.Ordinal),
            $"{command.Where}: '{text}' printed a stack trace:\n{run.Transcript()}");
        Assert.True(run.ExitCode == command.ExpectedExit,
            $"{command.Where}: '{text}' exited with {run.ExitCode}, the documentation expects {command.ExpectedExit}" +
            (command.ExpectedExit == 0 ? "" : " (<!-- docs-test: exit N --> above its block)") + $":\n{run.Transcript()}");
    }

    [Fact]
    public void Finds_the_commands_of_the_readme_and_of_the_guide()
    {
        var perDocument = DocWorkspace.Commands.GroupBy(c => c.Document).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(perDocument.GetValueOrDefault("README.md") >= 10, $"README.md: {perDocument.GetValueOrDefault("README.md")} commands found");
        Assert.True(perDocument.Where(d => d.Key.StartsWith("docs/guide/", StringComparison.Ordinal)).Sum(d => d.Value) >= 20,
            "the guide shows fewer than 20 commands: is the extraction still finding them?");
        Assert.Contains(DocWorkspace.Commands, c => c.Text.StartsWith("dotnet run --project src/Clausier.Cli -- ", StringComparison.Ordinal));
    }

    [Fact]
    public void Example_files_are_defined_once_and_used_by_a_command()
    {
        foreach (var name in workspace.ExampleFiles.Keys)
        {
            Assert.True(
                DocWorkspace.Commands.Any(c => c.Args.Contains(name)) || workspace.ExampleFiles.Values.Any(b => b.Content.Contains(name, StringComparison.Ordinal)),
                $"example file {name} is used by no documented command");
        }
    }
}
