using Clausier.Core.Diagnostics;

namespace Clausier.Forms.Library;

/// <summary>A JSON file that is not what it should be (a library entry, a parse output), with the reason in both languages.</summary>
internal sealed class LibraryFormatException : FormatException
{
    private LibraryFormatException(MessageText reason)
        : base(reason.English) => Reason = reason;

    public LibraryFormatException()
        : this("not a library entry")
    {
    }

    public LibraryFormatException(string message)
        : base(message) => Reason = new MessageText(message, message);

    public LibraryFormatException(string message, Exception innerException)
        : base(message, innerException) => Reason = new MessageText(message, message);

    /// <summary>Why, in English and in French (<see cref="MessageCatalogue"/> template).</summary>
    public MessageText Reason { get; }

    /// <summary>The exception whose reason is the <see cref="MessageCatalogue"/> template <paramref name="key"/>.</summary>
    public static LibraryFormatException Of(string key, params object?[] args) => new(MessageCatalogue.Format(key, args));

    /// <summary>Why a JSON file could not be used: the reason this class carries, else JSON's own (its position in French, its text being English).</summary>
    public static MessageText ReasonOf(Exception ex) => ex switch
    {
        LibraryFormatException format => format.Reason,
        System.Text.Json.JsonException json => MessageCatalogue.Format("CLZ7001.json", json.Message, (json.LineNumber ?? 0) + 1),
        _ => MessageText.Reason(ex),
    };
}
