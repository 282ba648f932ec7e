using System.Numerics;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// Counts by 64-bit line key (<see cref="LineKey"/>), in one open-addressing array: a lookup is one multiply and,
/// nearly always, one cache line. The corpus index is read for almost every line cleaned, and its table is megabytes
/// (many cache misses); a general dictionary costs two or three misses per lookup (issue 4's speed target). Immutable
/// and thread-safe.
/// </summary>
internal sealed class LineCountTable
{
    private readonly Entry[] _entries;
    private readonly int _shift;

    // Key 0 marks an empty slot, so its count, if any, lives apart.
    private readonly int _zeroCount;

    public LineCountTable(IReadOnlyDictionary<ulong, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        // At most half full, so that probe runs stay short.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, counts.Count * 2));
        _entries = new Entry[capacity];
        _shift = 64 - BitOperations.Log2((uint)capacity);
        foreach (var (key, count) in counts)
        {
            if (key == 0)
            {
                _zeroCount = count;
                continue;
            }

            var slot = Slot(key);
            while (_entries[slot].Key != 0)
            {
                slot = (slot + 1) & (_entries.Length - 1);
            }

            _entries[slot] = new Entry(key, count);
        }

        Count = counts.Count;
    }

    /// <summary>The number of keys counted.</summary>
    public int Count { get; }

    /// <summary>The count of <paramref name="key"/>; 0 when it was never counted.</summary>
    public int this[ulong key]
    {
        get
        {
            if (key == 0)
            {
                return _zeroCount;
            }

            var entries = _entries;
            var slot = Slot(key);
            while (true)
            {
                var entry = entries[slot];
                if (entry.Key == key)
                {
                    return entry.Count;
                }

                if (entry.Key == 0)
                {
                    return 0;
                }

                slot = (slot + 1) & (entries.Length - 1);
            }
        }
    }

    // Fibonacci hashing: the top bits of the key times 2^64/φ, well spread even for keys that differ in few bits.
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Entry(ulong Key, int Count);
}
