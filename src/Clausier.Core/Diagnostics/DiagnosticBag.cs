namespace Clausier.Core.Diagnostics;

/// <summary>Collects diagnostics during one operation; not shared between operations.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Adds the diagnostic whose text is the <see cref="MessageCatalogue"/> template <paramref name="key"/>.</summary>
    public void Report(DiagnosticSeverity severity, string key, SourceLocation? location, params object?[] args) =>
        Add(Diagnostic.Of(severity, key, location, args));

    public IReadOnlyList<Diagnostic> ToList() => [.. _items];
}
