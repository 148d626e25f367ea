using System.CommandLine;
using System.Net;
using Clausier.Core.Diagnostics;
using Clausier.Web;
using Microsoft.Extensions.Hosting;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier serve</c>: the web pages for buyers (docs/serve.md), until Ctrl+C.</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5180;

    public static Command Create(CliConsole console)
    {
        var port = new Option<int>("--port") { Description = $"TCP port (default: {DefaultPort}).", DefaultValueFactory = _ => DefaultPort };
        var host = new Option<string>("--host") { Description = "IP address to listen on (default: 127.0.0.1, this computer only).", DefaultValueFactory = _ => "127.0.0.1" };
        var catalogue = CatalogueCommands.CatalogueOption();
        var command = new Command("serve", "Start the local web pages for buyers: tender form, annex download, returned annexes, catalogue.") { port, host, catalogue };
        command.SetAction((parse, cancel) => Run(console, parse.GetValue(port), parse.GetValue(host)!, parse.GetValue(catalogue), cancel));
        return command;
    }

    private static async Task<int> Run(CliConsole console, int port, string host, string? catalogue, CancellationToken cancel)
    {
        if (port is < 1 or > 65535 || !IPAddress.TryParse(host, out var address))
        {
            console.Report(DiagnosticSeverity.Error, "CLZ6204.serve", null, port, host);
            return ExitCodes.Unreadable;
        }

        var options = WebServerOptions.Default with { Host = address, Port = port, Catalogue = catalogue };
        if (!options.IsLoopback)
        {
            console.Error.WriteLine($"WARNING: listening on {address}, not on this computer only. Anyone who can reach this address can use the pages " +
                "and upload files; there is no login and no HTTPS. Use it only on a network you trust.");
        }

        await using var app = ClausierWebApp.Build(options);
        await app.StartAsync(cancel);
        console.Out.WriteLine($"Clausier.Docs is listening on {BrowserUrl(address, port)} — press Ctrl+C to stop");
        await app.WaitForShutdownAsync(cancel);
        return ExitCodes.Ok;
    }

    private static string BrowserUrl(IPAddress address, int port) =>
        address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"http://[{address}]:{port}/" : $"http://{address}:{port}/";
}
