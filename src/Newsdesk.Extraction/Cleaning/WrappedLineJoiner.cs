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

        StringBuilder? pending = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (pending is not null && Continues(pending, line))
            {
                if (pending[^1] != '-')
                {
                    pending.Append(' ');
                }

                pending.Append(line);
                continue;
            }

            if (pending is not null)
            {
                yield return pending.ToString();
            }

            pending = new StringBuilder(line);
        }

        if (pending is not null)
        {
            yield return pending.ToString();
        }
    }

    private static bool Continues(StringBuilder previous, string next)
    {
        var last = previous[^1];
        if (last is '.' or '!' or '?' or ':' or ';' or '…' or '"' or '”' or '’' or ')' or ']' or '|')
        {
            return false;
        }

        return char.IsLower(next[0]) && !LineShape.StartsWithBullet(next);
    }
}
