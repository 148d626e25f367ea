namespace Clausier.Word.Docx;

/// <summary>
/// A value that renderers set for the extent of a node (current container, run format, list level…)
/// and that is restored when the returned scope is disposed, even if rendering throws.
/// </summary>
internal sealed class ScopedValue<T>
{
    private readonly Stack<T> _values = new();

    public ScopedValue(T initial)
    {
        _values.Push(initial);
    }

    public T Current => _values.Peek();

    public int Depth => _values.Count - 1;

    public IDisposable Push(T value)
    {
        _values.Push(value);
        return new Scope(this);
    }

    private sealed class Scope(ScopedValue<T> owner) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                owner._values.Pop();
                _disposed = true;
            }
        }
    }
}
