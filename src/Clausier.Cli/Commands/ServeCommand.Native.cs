using System.CommandLine;
using Clausier.Core.Diagnostics;

namespace Clausier.Cli.Commands;

/// <summary>
/// <c>clausier serve</c> in the Native AOT build, which leaves out the web pages: ASP.NET Core Razor
/// Pages cannot be compiled ahead of time. Built instead of ServeCommand.cs when PublishAot is true
/// (see Clausier.Cli.csproj), so that the command still exists and says where to find it.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        // Any option a user of the other builds would pass (--port, --host…) gets the same answer, not a usage error.
        var command = new Command("serve", "Not in this native build: use the .NET tool or the win-x64 executable for the web pages.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(_ =>
        {
            console.Report(DiagnosticSeverity.Error, "CLZ6206", null);
            return ExitCodes.Unreadable;
        });
        return command;
    }
}
