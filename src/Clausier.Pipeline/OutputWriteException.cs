using Clausier.Core.Diagnostics;

namespace Clausier.Pipeline;

/// <summary>An output the file system refused (full disk, no permission…); the commands report it as CLZ6001.</summary>
public sealed class OutputWriteException : IOException
{
    public OutputWriteException(string path, MessageText reason, Exception? inner = null)
        : base($"{path}: {reason.English}", inner)
    {
        OutputPath = path;
        Reason = reason;
    }

    /// <param name="systemReason">The file system's own words (an <see cref="IOException"/>'s message): English, so the French names the exception's type instead.</param>
    public OutputWriteException(string path, string systemReason, Exception? inner = null)
        : this(path, MessageCatalogue.Format("CLZ6001.system", systemReason, inner?.GetType().Name ?? nameof(IOException)), inner)
    {
    }

    public string OutputPath { get; }

    /// <summary>Why, in English and in French.</summary>
    public MessageText Reason { get; }

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Of(DiagnosticSeverity.Error, "CLZ6001.nothing-written", new FileLocation(OutputPath), Reason);
}
