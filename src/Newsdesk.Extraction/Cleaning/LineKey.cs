namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// 64-bit keys for lines that ignore case, spacing and punctuation (FNV-1a over lowercased letters and digits).
/// </summary>
public static class LineKey
{
    /// <summary>The key of a line's letters and digits: "Share this article:" and "SHARE THIS ARTICLE" are one line,
    /// "4.15 avg rating" and "3.94 avg rating" are two. 0 when the line has no letter.</summary>
    public static ulong Of(ReadOnlySpan<char> line) => Hash(line, includeDigits: true);

    /// <summary>The key of a line's letters alone, for corpus counts: "3 comments" and "12 comments" are one line.</summary>
    public static ulong OfLetters(ReadOnlySpan<char> line) => Hash(line, includeDigits: false);

    /// <summary><see cref="Of(ReadOnlySpan{char})"/> and <see cref="OfLetters"/> in one pass.</summary>
    public static ulong Of(ReadOnlySpan<char> line, out ulong letters)
    {
        var hash = 14695981039346656037UL;
        var letterHash = 14695981039346656037UL;
        var any = false;
        foreach (var c in line)
        {
            if (c < 128)
            {
                // ASCII, most characters: the same hashes without a branch on the character's class (letters and
                // spaces alternate, and each switch was a mispredicted branch). A letter is hashed lowercased, a
                // digit as itself, anything else leaves both hashes as they were.
                var lower = (uint)_asciiLetters[c];
                var isLetter = lower != 0;
                var isDigit = char.IsAsciiDigit(c);
                var next = (hash ^ (isLetter ? lower : c)) * 1099511628211UL;
                hash = isLetter | isDigit ? next : hash;
                var nextLetters = (letterHash ^ lower) * 1099511628211UL;
                letterHash = isLetter ? nextLetters : letterHash;
                any |= isLetter;
            }
            else if (char.IsLetter(c))
            {
                any = true;
                var lower = char.ToLowerInvariant(c);
                hash = (hash ^ lower) * 1099511628211UL;
                letterHash = (letterHash ^ lower) * 1099511628211UL;
            }
            else if (char.IsDigit(c))
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
        }

        letters = any ? letterHash : 0;
        return any ? hash : 0;
    }

    // Per ASCII character: its lowercase form if it is a letter, else 0. An array field, not a span over static data:
    // the span property was not always inlined into the per-character loop.
    private static readonly byte[] _asciiLetters = BuildAsciiLetters();

    private static byte[] BuildAsciiLetters()
    {
        var table = new byte[128];
        for (var c = (char)0; c < 128; c++)
        {
            table[c] = char.IsAsciiLetter(c) ? (byte)char.ToLowerInvariant(c) : (byte)0;
        }

        return table;
    }

    private static ulong Hash(ReadOnlySpan<char> line, bool includeDigits)
    {
        var hash = 14695981039346656037UL;
        var any = false;
        foreach (var c in line)
        {
            if (!char.IsLetter(c))
            {
                if (includeDigits && char.IsDigit(c))
                {
                    hash ^= c;
                    hash *= 1099511628211UL;
                }

                continue;
            }

            any = true;
            hash ^= char.ToLowerInvariant(c);
            hash *= 1099511628211UL;
        }

        return any ? hash : 0;
    }
}
