using System.Text;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// Rejoins lines that a tool broke inside a sentence (hard-wrapped text, a <c>&lt;br&gt;</c> in mid-sentence): a line
/// that does not end a sentence or a label, followed by a line that starts with a lowercase letter, continues it.
/// Lines starting with a capital, a digit or a bullet are kept apart: they are list items, headings or new sentences.
/// A line ending in a hyphen before a lowercase continuation is joined without a space and keeps its hyphen (the
/// hyphen may be part of the word, as in "well-known"; soft hyphens were already removed).
/// </summary>
public static class WrappedLineJoiner
{
    public static IEnumerable<string> Join(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 1)
        {
            yield return lines[0];
            yield break;
        }

        // A line is copied into a builder only when the next one continues it: most lines stand alone.
        string? pending = null;
        StringBuilder? joined = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (pending is not null && Continues(joined is null ? pending[^1] : joined[^1], line))
            {
                joined ??= new StringBuilder(pending);
                if (joined[^1] != '-')
                {
                    joined.Append(' ');
                }

                joined.Append(line);
                continue;
            }

            if (pending is not null)
            {
                yield return joined?.ToString() ?? pending;
            }

            pending = line;
            joined = null;
        }

        if (pending is not null)
        {
            yield return joined?.ToString() ?? pending;
        }
    }

    private static bool Continues(char last, string next)
    {
        if (last is '.' or '!' or '?' or ':' or ';' or '…' or '"' or '”' or '’' or ')' or ']' or '|')
        {
            return false;
        }

        return char.IsLower(next[0]) && !LineShape.StartsWithBullet(next);
    }
}
