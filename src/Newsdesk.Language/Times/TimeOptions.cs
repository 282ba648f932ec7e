namespace Newsdesk.Times;

/// <summary>Limits of the time recognizer. Immutable; <c>with</c> makes a changed copy.</summary>
public sealed record TimeOptions
{
    public static readonly TimeOptions Default = new();

    /// <summary>Sentences longer than this many characters (a table flattened into one line, say) are scanned in
    /// pieces cut at white space, which keeps the tense search linear.</summary>
    public int MaxSentenceLength { get; init; } = 2000;
}
