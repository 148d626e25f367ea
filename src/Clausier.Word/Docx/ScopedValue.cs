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

    /// <remarks>
    /// The scope is a struct: every paragraph, cell and run format pushes one, and <c>using</c> disposes a
    /// struct without boxing it. It restores the value it replaced only while that value is next on the
    /// stack, so disposing it twice, or after an outer scope, changes nothing.
    /// </remarks>
    public Scope Push(T value)
    {
        _values.Push(value);
        return new Scope(this, _values.Count);
    }

    public readonly struct Scope : IDisposable
    {
        private readonly ScopedValue<T> _owner;
        private readonly int _count;

        internal Scope(ScopedValue<T> owner, int count)
        {
            _owner = owner;
            _count = count;
        }

        public void Dispose()
        {
            if (_owner is not null && _owner._values.Count == _count)
            {
                _owner._values.Pop();
            }
        }
    }
}
