namespace Newsdesk.Language.Entities;

/// <summary>
/// Feature hash → row of weights, as an open-addressing table with linear probing. Each slot holds the key and its
/// row side by side, so a hit costs one cache line before the (contiguous) weights of all tags of the row; a lookup
/// allocates nothing. Read-only after construction, so thread-safe.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>Row <c>r</c> of the table is feature <c>keys[r]</c>.</summary>
    public FeatureTable(ReadOnlySpan<ulong> keys)
    {
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var r = 0; r < keys.Length; r++)
        {
            var slot = (int)(keys[r] & (ulong)_mask);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(keys[r], r);
        }
    }

    /// <summary>The row of <paramref name="key"/> (never 0), or -1.</summary>
    public int Find(ulong key)
    {
        var slots = _slots;
        var slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (s.Key == key)
            {
                return s.Row;
            }

            if (s.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private readonly record struct Slot(ulong Key, int Row);
}
