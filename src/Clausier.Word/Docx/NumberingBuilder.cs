using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

/// <summary>
/// The numbering part: one bullet and one decimal <c>w:abstractNum</c>, and one <c>w:num</c> per
/// Markdown list, so that every numbered list (nested ones included) restarts at its own start number.
/// A reference document's definitions are kept and ours are numbered after them.
/// </summary>
internal sealed class NumberingBuilder
{
    private readonly Numbering? _reference;
    private readonly IdAllocator _ids;
    private readonly int _bulletAbstractId;
    private readonly int _decimalAbstractId;
    private readonly List<NumberingInstance> _instances = [];
    private bool _bulletUsed;
    private bool _decimalUsed;

    public NumberingBuilder(Numbering? reference, IdAllocator ids)
    {
        _reference = reference;
        _ids = ids;
        var maxAbstract = reference?.Elements<AbstractNum>().Max(a => a.AbstractNumberId?.Value) ?? -1;
        _bulletAbstractId = maxAbstract + 1;
        _decimalAbstractId = maxAbstract + 2;
    }

    public bool IsEmpty => _instances.Count == 0 && _reference is null;

    /// <summary>The largest <c>w:numId</c> a reference document uses; the id allocator starts above it.</summary>
    public static int MaxNumId(Numbering? reference) =>
        reference?.Elements<NumberingInstance>().Max(n => n.NumberID?.Value) ?? 0;

    /// <summary>A new list instance; returns its <c>w:numId</c>.</summary>
    public int NewInstance(bool ordered, int level, int start)
    {
        var numId = _ids.Next();
        var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? _decimalAbstractId : _bulletAbstractId }) { NumberID = numId };
        if (ordered)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level });
            _decimalUsed = true;
        }
        else
        {
            _bulletUsed = true;
        }

        _instances.Add(instance);
        return numId;
    }

    public Numbering Build()
    {
        var reference = _reference?.ChildElements ?? new OpenXmlElementList();
        var numbering = new Numbering();
        numbering.Append(reference.OfType<NumberingPictureBullet>().Select(Clone));
        numbering.Append(reference.OfType<AbstractNum>().Select(Clone));
        if (_bulletUsed)
        {
            numbering.Append(ListLevels.Abstract(_bulletAbstractId, ordered: false));
        }

        if (_decimalUsed)
        {
            numbering.Append(ListLevels.Abstract(_decimalAbstractId, ordered: true));
        }

        numbering.Append(reference.OfType<NumberingInstance>().Select(Clone));
        numbering.Append(_instances);
        numbering.Append(reference.OfType<NumberingIdMacAtCleanup>().Select(Clone));
        return numbering;
    }

    private static OpenXmlElement Clone(OpenXmlElement element) => element.CloneNode(true);
}
