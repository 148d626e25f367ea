namespace Clausier.Docs.Tests.Commands;

/// <summary>One command line of the documentation, as a reader would copy it.</summary>
/// <param name="Document">The document it comes from, relative to the checkout.</param>
/// <param name="Line">Its one-based line number there.</param>
/// <param name="Text">The line as written (with <c>clausier</c> or <c>dotnet run … --</c>, comment removed).</param>
/// <param name="Args">The arguments after <c>clausier</c>.</param>
/// <param name="ExpectedExit">0, or what a <c>&lt;!-- docs-test: exit N --&gt;</c> marker says.</param>
/// <param name="PendingCommand">The command named by <c>&lt;!-- docs-test: skip (pending NAME) --&gt;</c>, if any.</param>
internal sealed record DocCommand(string Document, int Line, string Text, IReadOnlyList<string> Args, int ExpectedExit, string? PendingCommand)
{
    public string Where => $"{Document}:{Line}";

    /// <summary>The top-level command (<c>generate</c>, <c>parse</c>…), as <c>clausier --help</c> lists it.</summary>
    public string Name => Args.Count > 0 ? Args[0] : "";
}
