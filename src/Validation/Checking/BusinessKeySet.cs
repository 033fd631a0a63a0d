namespace HealthExchange.Validation.Checking;

/// <summary>
/// The business keys a batch has accepted so far, for the rule that a key appears once per batch. Keys are
/// copied into one growing character array and found through an open-addressing table of (hash, index)
/// pairs: a million keys held as a million strings in a HashSet cost more than all the row checks together
/// (the garbage collector promotes every key through the generations, and each lookup reads a string).
/// A new key touches one slot of the table; key characters are compared only when the hashes agree.
/// </summary>
internal sealed class BusinessKeySet
{
    private char[] _chars = new char[16 * 1024];
    private int _used;
    private int[] _offsets = new int[1024]; // key i is _chars[_offsets[i].._offsets[i + 1]]
    private int _count;
    private ulong[] _slots = new ulong[2048]; // hash << 32 | (index + 1); 0 = empty. Kept at most half full.

    /// <summary>Adds the key; false when it was added before.</summary>
    public bool Add(ReadOnlySpan<char> key)
    {
        var hash = (uint)string.GetHashCode(key);
        var mask = _slots.Length - 1;
        for (var slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                _slots[slot] = ((ulong)hash << 32) | (uint)(Store(key) + 1);
                if (2 * _count > _slots.Length) Grow();
                return true;
            }
            if ((uint)(entry >> 32) != hash) continue;
            var index = (int)(uint)entry - 1;
            if (key.SequenceEqual(_chars.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]))) return false;
        }
    }

    private int Store(ReadOnlySpan<char> key)
    {
        if (_used + key.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + key.Length));
        key.CopyTo(_chars.AsSpan(_used));
        _used += key.Length;
        if (_count + 2 > _offsets.Length) Array.Resize(ref _offsets, _offsets.Length * 2);
        _offsets[_count + 1] = _used;
        return _count++;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new ulong[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry == 0) continue;
            var slot = (int)((uint)(entry >> 32) & (uint)mask);
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = entry;
        }
    }
}
