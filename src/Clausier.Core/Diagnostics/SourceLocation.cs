namespace Clausier.Core.Diagnostics;

/// <summary>Where a diagnostic points. Text locations are stored zero-based and printed one-based.</summary>
public abstract record SourceLocation
{
    /// <summary>The file the location is in, as the user named it.</summary>
    public abstract string File { get; }
}

/// <summary>A position in a text file (Markdown, YAML, template).</summary>
/// <param name="File">File path as given by the user.</param>
/// <param name="Line">Zero-based line.</param>
/// <param name="Column">Zero-based column.</param>
public sealed record TextLocation(string File, int Line, int Column) : SourceLocation
{
    public override string File { get; } = File;

    public override string ToString() => $"{File}({Line + 1},{Column + 1})";
}

/// <summary>A place inside an OPC package: part URI plus an XPath, as the Open XML SDK reports validation errors.</summary>
/// <param name="Detail">Where a reader of the document looks, in English (« table 4, row 2, column 2 »).</param>
/// <param name="DetailFr">The same for the buyer's reports (« tableau 4, ligne 2, colonne 2 »); null falls back to <paramref name="Detail"/>.</param>
public sealed record PackageLocation(string File, string PartUri, string? XPath = null, string? Detail = null, string? DetailFr = null) : SourceLocation
{
    public override string File { get; } = File;

    /// <summary>What the buyer reads: the French detail, else the English one.</summary>
    public string? FrenchDetail => DetailFr ?? Detail;

    public override string ToString()
    {
        var where = XPath is null ? PartUri : $"{PartUri} {XPath}";
        return Detail is null ? $"{File}[{where}]" : $"{File}[{where}; {Detail}]";
    }
}

/// <summary>A whole file, when no finer position exists.</summary>
public sealed record FileLocation(string File) : SourceLocation
{
    public override string File { get; } = File;

    public override string ToString() => File;
}
