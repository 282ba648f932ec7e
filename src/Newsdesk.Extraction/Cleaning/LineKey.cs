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
            if (char.IsLetter(c))
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
