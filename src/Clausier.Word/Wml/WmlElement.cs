namespace Clausier.Word.Wml;

/// <summary>
/// One element of the main document being written: a qualified name, attributes in the order they are
/// set, children, and the character content of text-bearing elements (<c>w:t</c>, <c>w:instrText</c>).
/// </summary>
/// <remarks>
/// The body of an annex is tens of thousands of elements built once and serialised once. Open XML SDK
/// elements carry metadata, feature collections and typed attribute arrays for editing and validation,
/// and building and saving them was most of the time to write an annex (docs/performance.md); this
/// tree carries only what is written. Children are a linked list and attributes one flat array, so that an element
/// costs one or two small allocations. The other parts stay Open XML SDK elements: they are small.
/// </remarks>
internal sealed class WmlElement
{
    /// <summary>Names and values alternately: [name0, value0, name1, value1…].</summary>
    private string[]? _attributes;
    private int _attributeCount;

    public WmlElement(string name)
    {
        Name = name;
    }

    /// <summary>An element holding <paramref name="text"/> as character content.</summary>
    public WmlElement(string name, string text)
        : this(name)
    {
        Text = text;
    }

    /// <summary>The qualified name as written, e.g. <c>w:p</c>; the prefix is bound on the document element.</summary>
    public string Name { get; }

    public string? Text { get; set; }

    /// <summary>
    /// Not written when it ends up with no attribute, text or child: properties created up front for
    /// renderers to fill, which most leave empty. Dropping them on the way out saves a walk of the whole body.
    /// </summary>
    public bool OmitWhenEmpty { get; init; }

    public WmlElement? Parent { get; private set; }

    public WmlElement? FirstChild { get; private set; }

    public WmlElement? LastChild { get; private set; }

    public WmlElement? NextSibling { get; private set; }

    public WmlElement? PreviousSibling { get; private set; }

    public bool HasChildren => FirstChild is not null;

    public int AttributeCount => _attributeCount;

    public string AttributeName(int index) => _attributes![2 * index];

    public string AttributeValue(int index) => _attributes![(2 * index) + 1];

    /// <summary>Sets attribute <paramref name="name"/> (replacing its value if set); returns this element.</summary>
    public WmlElement Set(string name, string value)
    {
        for (var i = 0; i < _attributeCount; i++)
        {
            if (_attributes![2 * i] == name)
            {
                _attributes[(2 * i) + 1] = value;
                return this;
            }
        }

        if (_attributes is null || _attributes.Length == 2 * _attributeCount)
        {
            Array.Resize(ref _attributes, Math.Max(4, 4 * _attributeCount)); // room for two at first: a width and its type
        }

        _attributes[2 * _attributeCount] = name;
        _attributes[(2 * _attributeCount) + 1] = value;
        _attributeCount++;
        return this;
    }

    public string? Get(string name)
    {
        for (var i = 0; i < _attributeCount; i++)
        {
            if (_attributes![2 * i] == name)
            {
                return _attributes[(2 * i) + 1];
            }
        }

        return null;
    }

    /// <summary>Appends <paramref name="child"/> (detached from any parent) and returns this element.</summary>
    public WmlElement Add(WmlElement child)
    {
        InsertBefore(child, null);
        return this;
    }

    public WmlElement Add(IEnumerable<WmlElement> children)
    {
        foreach (var child in children)
        {
            Add(child);
        }

        return this;
    }

    public WmlElement? Child(string name)
    {
        for (var child = FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.Name == name)
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>
    /// The property child <paramref name="name"/> of a properties element (<c>w:pPr</c>, <c>w:rPr</c>…),
    /// created in its schema position when missing.
    /// </summary>
    public WmlElement Property(string name) => Child(name) ?? SetProperty(new WmlElement(name));

    /// <summary>Puts <paramref name="property"/> in its schema position, replacing a child of the same name.</summary>
    public WmlElement SetProperty(WmlElement property)
    {
        var rank = WmlSchemaOrder.Rank(Name, property.Name);
        var next = FirstChild;
        while (next is not null && next.Name != property.Name && WmlSchemaOrder.Rank(Name, next.Name) <= rank)
        {
            next = next.NextSibling;
        }

        if (next is not null && next.Name == property.Name)
        {
            var replaced = next;
            next = next.NextSibling;
            replaced.Remove();
        }

        InsertBefore(property, next);
        return property;
    }

    public void Remove()
    {
        if (Parent is not { } parent)
        {
            return;
        }

        if (PreviousSibling is null)
        {
            parent.FirstChild = NextSibling;
        }
        else
        {
            PreviousSibling.NextSibling = NextSibling;
        }

        if (NextSibling is null)
        {
            parent.LastChild = PreviousSibling;
        }
        else
        {
            NextSibling.PreviousSibling = PreviousSibling;
        }

        Parent = PreviousSibling = NextSibling = null;
    }

    /// <summary>Inserts <paramref name="child"/> before <paramref name="next"/>, or last when it is null.</summary>
    private void InsertBefore(WmlElement child, WmlElement? next)
    {
        child.Remove();
        child.Parent = this;
        child.NextSibling = next;
        child.PreviousSibling = next is null ? LastChild : next.PreviousSibling;
        if (child.PreviousSibling is null)
        {
            FirstChild = child;
        }
        else
        {
            child.PreviousSibling.NextSibling = child;
        }

        if (next is null)
        {
            LastChild = child;
        }
        else
        {
            next.PreviousSibling = child;
        }
    }
}
