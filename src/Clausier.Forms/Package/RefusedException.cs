namespace Clausier.Forms.Package;

/// <summary>
/// Stops reading a file that must be refused or cannot be read. Thrown deep inside the package
/// layer (e.g. in the middle of inflating an entry) and always caught by <see cref="AnnexReader"/>,
/// which turns it into the file's problem: it never leaves the library.
/// </summary>
internal sealed class RefusedException : Exception
{
    public RefusedException(string code, string message, string? messageFr = null)
        : base(message)
    {
        Code = code;
        MessageFr = messageFr;
    }

    public RefusedException()
        : this(ProblemCodes.InternalError, "refused")
    {
    }

    public RefusedException(string message)
        : this(ProblemCodes.InternalError, message)
    {
    }

    public RefusedException(string message, Exception innerException)
        : base(message, innerException) => Code = ProblemCodes.InternalError;

    public string Code { get; }

    /// <summary>The reason in French, for the buyer's reports.</summary>
    public string? MessageFr { get; }
}
