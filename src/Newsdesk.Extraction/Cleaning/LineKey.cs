namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// A 64-bit key for a line that ignores case, spacing, punctuation and digits, so that "Share this article:" and
/// "SHARE THIS ARTICLE" are one line and "3 comments" and "12 comments" too (FNV-1a over lowercased letters).
/// </summary>
public static class LineKey
{
    public static ulong Of(ReadOnlySpan<char> line)
    {
        var hash = 14695981039346656037UL;
        var any = false;
        foreach (var c in line)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            any = true;
            hash ^= char.ToLowerInvariant(c);
            hash *= 1099511628211UL;
        }

        return any ? hash : 0;
    }
}
