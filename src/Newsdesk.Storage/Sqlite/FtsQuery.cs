using System.Text;

namespace Newsdesk.Storage.Sqlite;

/// <summary>
/// Turns a user's search into a safe FTS5 query. Supported: words (all must match), "quoted phrases", OR, AND, NOT
/// (between terms), prefix* and parentheses. Anything else that FTS5 would read as syntax (a hyphen, a colon, a
/// stray quote) is made literal: a word with inner punctuation becomes a phrase ("covid-19" → "covid 19").
/// </summary>
public static class FtsQuery
{
    public static string Build(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var output = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '"' or '“' or '”')
            {
                var end = query.IndexOfAny(['"', '“', '”'], i + 1);
                if (end < 0)
                {
                    end = query.Length;
                }

                var words = Words(query[(i + 1)..end]);
                if (words.Count > 0)
                {
                    output.Add(Quote(string.Join(' ', words)));
                }

                i = end + 1;
            }
            else if (c is '(' or ')')
            {
                output.Add(c.ToString());
                i++;
            }
            else
            {
                var start = i;
                while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('"' or '(' or ')' or '“' or '”'))
                {
                    i++;
                }

                var token = query[start..i];
                if (token is "OR" or "AND" or "NOT")
                {
                    output.Add(token);
                    continue;
                }

                var prefix = token.EndsWith('*');
                var words = Words(prefix ? token[..^1] : token);
                if (words.Count == 0)
                {
                    continue;
                }

                var term = Quote(string.Join(' ', words));
                output.Add(prefix ? term + "*" : term);
            }
        }

        return Balance(output);
    }

    // FTS5 rejects an operator with nothing on one side; drop such operators rather than fail the search.
    private static string Balance(List<string> tokens)
    {
        var cleaned = new List<string>();
        foreach (var token in tokens)
        {
            var isOperator = token is "OR" or "AND" or "NOT";
            if (isOperator && (cleaned.Count == 0 || cleaned[^1] is "OR" or "AND" or "NOT" or "("))
            {
                continue;
            }

            if (token == ")" && cleaned.Count > 0 && cleaned[^1] is "OR" or "AND" or "NOT")
            {
                cleaned.RemoveAt(cleaned.Count - 1);
            }

            cleaned.Add(token);
        }

        while (cleaned.Count > 0 && cleaned[^1] is "OR" or "AND" or "NOT" or "(")
        {
            cleaned.RemoveAt(cleaned.Count - 1);
        }

        var depth = 0;
        var balanced = new StringBuilder();
        foreach (var token in cleaned)
        {
            if (token == "(")
            {
                depth++;
            }
            else if (token == ")")
            {
                if (depth == 0)
                {
                    continue;
                }

                depth--;
            }

            if (balanced.Length > 0)
            {
                balanced.Append(' ');
            }

            balanced.Append(token);
        }

        balanced.Append(')', depth);
        return balanced.ToString().Replace("( )", "", StringComparison.Ordinal).Trim();
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static string Quote(string phrase) => "\"" + phrase + "\"";
}
