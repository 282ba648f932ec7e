namespace Newsdesk.Language.Entities;

/// <summary>
/// Per-thread memo of what depends on a word alone, keyed by the hash of its exact text: the described
/// <see cref="TokenUnit"/> (hashes, shape, affixes, clusters) and the summed weights of its word-only features
/// (<see cref="TokenFeaturizer.WordFeatures"/>). News text repeats its words, so most tokens skip a dozen string
/// hashes, a lexicon lookup and a third of the feature-table reads. Direct-mapped: a colliding word evicts the old
/// one (keys are compared in full, so a hit is always the same word). Bound to one model: its weights and lexicon.
/// </summary>
internal sealed class WordCache
{
    /// <summary>Entries; a power of two. 8,192 covers the working vocabulary of a news stream at about 2 MB.</summary>
    public const int Size = 8192;

    private const int T = EntityTagSet.Count;
    private const int Mask = Size - 1;

    private readonly ulong[] _unitKeys = new ulong[Size];
    private readonly TokenUnit[] _units = new TokenUnit[Size];
    private readonly ulong[][] _scoreKeys = [new ulong[Size], new ulong[Size]];
    private readonly float[][] _scores = [new float[Size * T], new float[Size * T]];

    /// <summary>How many models' score rows are kept per word (the passes of a two-stage model).</summary>
    public const int Lanes = 2;

    /// <summary>The model whose lexicon and weights the entries come from.</summary>
    public object? Owner { get; private set; }

    /// <summary>Empties the cache when it holds another model's entries.</summary>
    public void BindTo(object owner)
    {
        if (!ReferenceEquals(Owner, owner))
        {
            Array.Clear(_unitKeys);
            foreach (var keys in _scoreKeys)
            {
                Array.Clear(keys);
            }

            Owner = owner;
        }
    }

    /// <summary>True and the described unit when the word with exact hash <paramref name="word"/> is cached.</summary>
    public bool TryGetUnit(ulong word, out TokenUnit unit)
    {
        var slot = (int)(word & Mask);
        if (_unitKeys[slot] == word && word != 0)
        {
            unit = _units[slot];
            return true;
        }

        unit = default;
        return false;
    }

    public void SetUnit(in TokenUnit unit)
    {
        var slot = (int)(unit.Word & Mask);
        _unitKeys[slot] = unit.Word;
        _units[slot] = unit;
    }

    /// <summary>The word-only score row of <paramref name="word"/> under pass <paramref name="lane"/>'s weights, and
    /// whether it is already filled; when not, the caller fills the returned row (now owned by this word).</summary>
    public Span<float> ScoreRow(int lane, ulong word, out bool filled)
    {
        var slot = (int)(word & Mask);
        var keys = _scoreKeys[lane];
        filled = keys[slot] == word && word != 0;
        keys[slot] = word;
        return _scores[lane].AsSpan(slot * T, T);
    }
}
