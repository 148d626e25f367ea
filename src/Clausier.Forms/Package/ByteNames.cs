namespace Clausier.Forms.Package;

/// <summary>
/// Values by the bytes of a name, for <see cref="PlainXmlScanner"/>: an open-addressed table small by
/// design. A part from Word has a few dozen distinct names; one from an attacker may have names chosen to
/// share a hash, so both the names kept and the slots looked at for one name are bounded, and a name
/// that does not fit is refused (the scanner then leaves the part to <c>XmlReader</c>).
/// </summary>
internal sealed class ByteNames<T>
    where T : class
{
    public const int MaxNames = 1024;
    private const int MaxProbes = 16;

    public const uint Seed = 2166136261u;

    private (byte[]? Key, int Hash, T? Value)[] _slots = new (byte[]?, int, T?)[128];
    private int _count;

    /// <summary>One byte into a hash begun with <see cref="Seed"/> (FNV-1a).</summary>
    public static uint Step(uint hash, byte b) => (hash ^ b) * 16777619u;

    public static int Final(uint hash) => (int)(hash ^ (hash >> 15)) & int.MaxValue;

    public T? Find(ReadOnlySpan<byte> name, int hash)
    {
        var mask = _slots.Length - 1;
        var i = hash & mask;
        for (var probe = 0; probe < MaxProbes; probe++, i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot.Key is null)
            {
                return null;
            }

            if (slot.Hash == hash && name.SequenceEqual(slot.Key))
            {
                return slot.Value;
            }
        }

        return null;
    }

    /// <summary>Keeps a name not found by <see cref="Find"/>; false when the table is full or the name's slots are taken.</summary>
    public bool TryAdd(ReadOnlySpan<byte> name, int hash, T value)
    {
        if (_count == MaxNames)
        {
            return false;
        }

        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        var mask = _slots.Length - 1;
        var i = hash & mask;
        for (var probe = 0; probe < MaxProbes; probe++, i = (i + 1) & mask)
        {
            if (_slots[i].Key is null)
            {
                _slots[i] = (name.ToArray(), hash, value);
                _count++;
                return true;
            }
        }

        return false;
    }

    // A name moved further than MaxProbes from its first slot is no longer found: looked for again,
    // it is refused by TryAdd, never answered wrongly.
    private void Grow()
    {
        var old = _slots;
        _slots = new (byte[]?, int, T?)[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Key is not null)
            {
                var i = slot.Hash & mask;
                while (_slots[i].Key is not null)
                {
                    i = (i + 1) & mask;
                }

                _slots[i] = slot;
            }
        }
    }
}
