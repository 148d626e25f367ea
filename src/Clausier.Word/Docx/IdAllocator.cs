namespace Clausier.Word.Docx;

/// <summary>
/// The one source of ids in a document: bookmark ids, numbering instance ids, content-control ids and
/// relationship ids all come from this counter, so none can collide and the same input gives the same ids.
/// </summary>
internal sealed class IdAllocator
{
    private int _next;

    /// <param name="first">First id handed out; above any id a reference document already uses.</param>
    public IdAllocator(int first = 1)
    {
        _next = first;
    }

    public int Next() => _next++;

    public string NextRelationshipId() => $"rId{Next()}";
}
