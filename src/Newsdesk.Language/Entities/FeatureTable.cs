namespace Newsdesk.Language.Entities;

/// <summary>
/// Feature hash → row of weights, as an open-addressing table with linear probing: a lookup is a few array reads and
/// allocates nothing. Read-only after construction, so thread-safe.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    /// <summary>Row <c>r</c> of the table is feature <c>keys[r]</c>.</summary>
    public FeatureTable(ReadOnlySpan<ulong> keys)
    {
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (var r = 0; r < keys.Length; r++)
        {
            var slot = (int)(keys[r] & (ulong)_mask);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = keys[r];
            _rows[slot] = r;
        }
    }

    /// <summary>The row of <paramref name="key"/> (never 0), or -1.</summary>
    public int Find(ulong key)
    {
        var slot = (int)(key & (ulong)_mask);
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return _rows[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
