namespace Newsdesk.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of 0-based UTF-16 offsets into the text it annotates.
/// </summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="start"/> is
    /// negative or <paramref name="end"/> is before it.</summary>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>The first offset in the span.</summary>
    public int Start { get; }

    /// <summary>The offset just past the span.</summary>
    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => End == Start;

    /// <summary>True when the span lies inside a text of <paramref name="textLength"/> characters.</summary>
    public bool FitsIn(int textLength) => End <= textLength;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The characters the span covers in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <summary>The characters the span covers in <paramref name="text"/>, as a new string.</summary>
    public string ToString(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
