namespace Clausier.Core.Diagnostics;

/// <summary>A user-facing text in English (CLI, logs) and in French (buyers' pages and reports).</summary>
public sealed record MessageText(string English, string French)
{
    /// <summary>No text in either language: an optional part of a message that does not apply.</summary>
    public static MessageText Empty { get; } = new("", "");

    /// <summary>
    /// Why the system failed, as a message argument: its own words for the English (they are in the
    /// system's language, not French), the exception's type for the French.
    /// </summary>
    public static MessageText Reason(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(exception.Message, exception.GetType().Name);
    }

    /// <summary>The texts joined in each language, e.g. a list of reasons placed in one message.</summary>
    public static MessageText Join(string separator, IEnumerable<MessageText> texts)
    {
        var list = texts as IReadOnlyCollection<MessageText> ?? [.. texts];
        return new(string.Join(separator, list.Select(t => t.English)), string.Join(separator, list.Select(t => t.French)));
    }
}
