namespace Clausier.Core.Diagnostics;

/// <summary>A user-facing text in English (CLI, logs) and in French (buyers' pages and reports).</summary>
public sealed record MessageText(string English, string French)
{
    /// <summary>No text in either language: an optional part of a message that does not apply.</summary>
    public static MessageText Empty { get; } = new("", "");

    /// <summary>The texts joined in each language, e.g. a list of reasons placed in one message.</summary>
    public static MessageText Join(string separator, IEnumerable<MessageText> texts)
    {
        var list = texts as IReadOnlyCollection<MessageText> ?? [.. texts];
        return new(string.Join(separator, list.Select(t => t.English)), string.Join(separator, list.Select(t => t.French)));
    }
}
