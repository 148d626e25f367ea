namespace Clausier.Core.Diagnostics;

/// <summary>Collects diagnostics during one operation; not shared between operations.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(string id, string message, SourceLocation? location = null) =>
        Add(Diagnostic.Error(id, message, location));

    public void Warning(string id, string message, SourceLocation? location = null) =>
        Add(Diagnostic.Warning(id, message, location));

    public void Info(string id, string message, SourceLocation? location = null) =>
        Add(Diagnostic.Info(id, message, location));

    /// <summary>Adds the diagnostic whose text is the <see cref="MessageCatalogue"/> template <paramref name="key"/>.</summary>
    public void Report(DiagnosticSeverity severity, string key, SourceLocation? location, params object?[] args) =>
        Add(Diagnostic.Of(severity, key, location, args));

    public IReadOnlyList<Diagnostic> ToList() => [.. _items];
}
