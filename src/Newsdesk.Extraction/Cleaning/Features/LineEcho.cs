using System.Buffers;

namespace Newsdesk.Extraction.Cleaning.Features;

/// <summary>
/// The echo features of <see cref="UnitFeatures"/>: the share of a short line's words that also occur in a longer
/// neighbour (a caption restating the paragraph beside it, a repeated teaser). Words are lowercased runs of letters and
/// digits, compared by 64-bit hash, and every copy of a word in the short line counts. Each unit's word hashes are
/// computed once, when first needed, into one buffer for the document; a neighbour's words are each tested against a
/// 1,024-bit filter of the short line's words and looked up only on a hit (issue 4's speed target: the earlier version
/// hashed every neighbour into its own array and sorted it). Not thread-safe: one per document, then disposed.
/// </summary>
internal sealed class LineEcho : IDisposable
{
    private const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private static readonly byte[] _asciiWordLower = BuildAsciiWordLower();

    private readonly IReadOnlyList<CleaningUnit> _units;
    private readonly int[] _start;
    private readonly int[] _count;
    private ulong[] _hashes;
    private int _used;

    public LineEcho(IReadOnlyList<CleaningUnit> units)
    {
        _units = units;
        _start = new int[units.Count];
        _count = new int[units.Count];
        _start.AsSpan().Fill(-1);
        // A line of n characters has at most (n + 1) / 2 words.
        var capacity = 0;
        foreach (var unit in units)
        {
            capacity += (unit.Text.Length + 1) / 2;
        }

        _hashes = ArrayPool<ulong>.Shared.Rent(Math.Max(1, capacity));
    }

    /// <summary>The share (0–1) of <paramref name="unit"/>'s words found among <paramref name="neighbour"/>'s; 0 when
    /// the unit has no word.</summary>
    public float Of(int unit, int neighbour)
    {
        var own = Words(unit);
        if (own.IsEmpty)
        {
            return 0;
        }

        var other = Words(neighbour);
        Span<ulong> sorted = own.Length <= 256 ? stackalloc ulong[own.Length] : new ulong[own.Length];
        own.CopyTo(sorted);
        sorted.Sort();
        Span<ulong> filter = stackalloc ulong[16];
        filter.Clear();
        foreach (var hash in sorted)
        {
            filter[(int)(hash >> 60)] |= 1UL << (int)(hash >> 54);
        }

        Span<bool> found = sorted.Length <= 256 ? stackalloc bool[sorted.Length] : new bool[sorted.Length];
        found.Clear();
        foreach (var hash in other)
        {
            if ((filter[(int)(hash >> 60)] & (1UL << (int)(hash >> 54))) == 0)
            {
                continue;
            }

            var at = sorted.BinarySearch(hash);
            if (at < 0)
            {
                continue;
            }

            for (var j = at; j >= 0 && sorted[j] == hash; j--)
            {
                found[j] = true;
            }

            for (var j = at + 1; j < sorted.Length && sorted[j] == hash; j++)
            {
                found[j] = true;
            }
        }

        return (float)found.Count(true) / sorted.Length;
    }

    public void Dispose()
    {
        if (_hashes.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(_hashes);
            _hashes = [];
        }
    }

    private ReadOnlySpan<ulong> Words(int unit)
    {
        if (_start[unit] < 0)
        {
            _start[unit] = _used;
            var text = _units[unit].Text.AsSpan();
            var hash = Seed;
            var inWord = false;
            foreach (var c in text)
            {
                var lower = c < 128 ? (char)_asciiWordLower[c] : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
                if (lower != '\0')
                {
                    hash = (hash ^ lower) * Prime;
                    inWord = true;
                }
                else if (inWord)
                {
                    _hashes[_used++] = hash;
                    hash = Seed;
                    inWord = false;
                }
            }

            if (inWord)
            {
                _hashes[_used++] = hash;
            }

            _count[unit] = _used - _start[unit];
        }

        return _hashes.AsSpan(_start[unit], _count[unit]);
    }

    private static byte[] BuildAsciiWordLower()
    {
        var table = new byte[128];
        for (var c = (char)0; c < 128; c++)
        {
            table[c] = char.IsAsciiLetterOrDigit(c) ? (byte)char.ToLowerInvariant(c) : (byte)0;
        }

        return table;
    }
}
