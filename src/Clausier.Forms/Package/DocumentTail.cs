using System.Buffers;
using System.Xml;
using System.Xml.Linq;
using Clausier.Core.Threading;

namespace Clausier.Forms.Package;

/// <summary>
/// The second half of a large main document (<see cref="BodySplit"/>), parsed on another core while
/// the reading thread parses the part from its start: parsing the main document is half of a read.
/// The reading thread adopts the half only when it meets an element of the body exactly where the
/// half begins, finds the half parsed cleanly, and the whole stays within the limits; otherwise it
/// reads on, and meets any error or limit where a single reader always did. When no core was free
/// in time (reading many files at once), the half was never started and the reading thread reads on:
/// the work is never done twice.
/// </summary>
/// <remarks>The part's bytes must stay untouched until <see cref="Finish"/> has returned.</remarks>
internal sealed class DocumentTail
{
    private readonly ArraySegment<byte> _data;
    private readonly BodySplit _split;
    private readonly string _partName;
    private readonly ReaderLimits _limits;
    private readonly Handoff _handoff = new();
    private volatile bool _abandoned;
    private ParsedTail? _parsed;

    private DocumentTail(ArraySegment<byte> data, BodySplit split, string partName, ReaderLimits limits)
    {
        _data = data;
        _split = split;
        _partName = partName;
        _limits = limits;
    }

    /// <summary>Whether the second half was adopted.</summary>
    public bool Joined { get; private set; }

    /// <summary>Queues the second half's parse; null when the part is not worth cutting or no place to cut it was found.</summary>
    public static DocumentTail? Start(ArraySegment<byte> data, string partName, ReaderLimits limits)
    {
        var tail = Find(data, partName, limits);
        if (tail is not null)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static t => t.Parse(), tail, preferLocal: false);
        }

        return tail;
    }

    /// <summary>The second half, not yet parsed; null when the part is not worth cutting or no place to cut it was found.</summary>
    public static DocumentTail? Find(ArraySegment<byte> data, string partName, ReaderLimits limits) =>
        BodySplit.Find(data) is { } split ? new DocumentTail(data, split, partName, limits) : null;

    /// <summary>Whether the reader is on the element where the second half begins.</summary>
    public bool Begins(XmlReader reader) =>
        reader is IXmlLineInfo position && position.LineNumber == _split.Line && position.LinePosition == _split.Column;

    /// <summary>
    /// Moves the second half's blocks into the body the reader is in, when they may stand for the rest
    /// of the part; false when the reader must read on. <paramref name="elements"/> and
    /// <paramref name="paragraphs"/> are what the reader counted before the half.
    /// </summary>
    /// <param name="beforeWait">Run on the body read so far before waiting for the half, when there is a half to wait for.</param>
    public bool TryJoin(XmlReader reader, PartTreeBuilder builder, int elements, int paragraphs, Action<XElement>? beforeWait = null)
    {
        if (!_handoff.WithdrawOrStarted())
        {
            return false;
        }

        if (beforeWait is not null && builder.Body is { } read)
        {
            beforeWait(read);
        }

        _handoff.Wait();
        if (_parsed is not { } parsed || builder.Body is not { Parent: { } root } body
            || parsed.Document.Root is not { } tailRoot || tailRoot.Name != root.Name
            || tailRoot.FirstNode is not XElement tailBody || tailBody.NextNode is not null || tailBody.Name != body.Name
            || tailBody.FirstNode is not XElement first || first.Name != XName.Get(reader.LocalName, reader.NamespaceURI))
        {
            return false;
        }

        // The context's root and body were counted by both readers.
        var contextParagraphs = (root.Name.LocalName == "p" ? 1 : 0) + (body.Name.LocalName == "p" ? 1 : 0);
        if (elements + parsed.Elements - 2 > _limits.MaxXmlElements
            || paragraphs + parsed.Paragraphs - contextParagraphs > _limits.MaxParagraphs)
        {
            return false;
        }

        // Detached first: LINQ to XML copies a node that still has a parent.
        var blocks = tailBody.Nodes().ToList();
        tailBody.RemoveNodes();
        body.Add(blocks);
        Joined = true;
        return true;
    }

    /// <summary>Stops a parse under way and waits for it, or cancels one not started; the part's bytes may be released afterwards.</summary>
    public void Finish()
    {
        _abandoned = true;
        if (_handoff.WithdrawOrStarted())
        {
            _handoff.Wait();
        }
    }

    /// <summary>Parses the second half on the calling thread, unless it was started, finished or abandoned already.</summary>
    public void Parse()
    {
        if (!_handoff.TryStart())
        {
            return;
        }

        try
        {
            _parsed = ParseHalf();
        }
        catch (Exception)
        {
            // Whatever the half holds, the reading thread reads on and meets it where a single reader would.
        }
        finally
        {
            _handoff.Finish();
        }
    }

    private ParsedTail ParseHalf()
    {
        var tail = _data.AsSpan(_split.Offset);
        var length = _split.Context.Length + tail.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            _split.Context.CopyTo(buffer, 0);
            tail.CopyTo(buffer.AsSpan(_split.Context.Length));
            var document = XmlPartLoader.LoadTail(new ArraySegment<byte>(buffer, 0, length), _partName, _limits, () => _abandoned, out var elements, out var paragraphs);
            return new ParsedTail(document, elements, paragraphs);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private sealed record ParsedTail(XDocument Document, int Elements, int Paragraphs);
}
