namespace Clausier.Core.Diagnostics;

/// <summary>A user-facing text in English (CLI, logs) and in French (buyers' pages and reports).</summary>
public sealed record MessageText(string English, string French)
{
    /// <summary>No text in either language: an optional part of a message that does not apply.</summary>
    public static MessageText Empty { get; } = new("", "");
}
