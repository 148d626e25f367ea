using Clausier.Core.Diagnostics;

namespace Clausier.Pipeline;

/// <summary>An output the file system refused (full disk, no permission…); the commands report it as CLZ6001.</summary>
public sealed class OutputWriteException : IOException
{
    public OutputWriteException(string path, string reason, Exception? inner = null)
        : base($"{path}: {reason}", inner)
    {
        OutputPath = path;
        Reason = reason;
    }

    public string OutputPath { get; }

    public string Reason { get; }

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Error(PipelineDiagnosticIds.UnwritableOutput, $"cannot write the output here: {Reason} Nothing was written.", new FileLocation(OutputPath));
}
