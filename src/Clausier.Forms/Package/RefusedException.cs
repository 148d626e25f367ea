using Clausier.Core.Diagnostics;

namespace Clausier.Forms.Package;

/// <summary>
/// Stops reading a file that must be refused or cannot be read. Thrown deep inside the package
/// layer (e.g. in the middle of inflating an entry) and always caught by <see cref="AnnexReader"/>,
/// which turns it into the file's problem: it never leaves the library.
/// </summary>
internal sealed class RefusedException : Exception
{
    private RefusedException(string code, MessageText reason)
        : base(reason.English)
    {
        Code = code;
        Reason = reason;
    }

    public RefusedException()
        : this("refused")
    {
    }

    public RefusedException(string message)
        : this(ProblemCodes.InternalError, new MessageText(message, MessageCatalogue.French(ProblemCodes.InternalError)!))
    {
    }

    public RefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ProblemCodes.InternalError;
        Reason = new MessageText(message, MessageCatalogue.French(ProblemCodes.InternalError)!);
    }

    public string Code { get; }

    /// <summary>Why, in English and in French (<see cref="MessageCatalogue"/> template).</summary>
    public MessageText Reason { get; }

    /// <summary>The refusal whose reason is the <see cref="MessageCatalogue"/> template <paramref name="key"/>.</summary>
    public static RefusedException Of(string key, params object?[] args) =>
        new(MessageCatalogue.IdOf(key), MessageCatalogue.Format(key, args));
}
