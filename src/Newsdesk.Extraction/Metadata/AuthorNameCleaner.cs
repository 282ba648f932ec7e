using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// Turns a byline as printed ("By JANE DOE and John Roe, Staff Writers | Jan. 8, 2021") into author names.
/// <list type="number">
/// <item>E-mail addresses, URLs and @handles are removed; a value that is only a URL names nobody.</item>
/// <item>Each line is read apart; a line (or its rest) starting with a non-author credit ("Edited by", "Photos
/// by", "Updated") is dropped, and so is everything from the first digit on (dates and times).</item>
/// <item>The byline marker ("By", "Von", "Par", "Written by", "Ein Kommentar von") and what precedes it are
/// dropped.</item>
/// <item>The rest is split into names at commas, "and" in several languages, slashes, bars and brackets.</item>
/// <item>A part is dropped when it is a role or credential ("Staff Writer", "MD"), an organisation (an
/// <see cref="AuthorVocabulary.OrganisationWords"/> word, or the site's own name), a placeholder ("admin"), or does
/// not look like a name (no letter, more than six words, a lower-case phrase).</item>
/// </list>
/// Thread-safe; never throws.
/// </summary>
internal static partial class AuthorNameCleaner
{
    private const int MaxInputLength = 400;
    private const int MaxNameLength = 60;
    private const int MaxNameWords = 6;

    /// <summary>Words that, placed before a byline marker, introduce the byline ("Ein Kommentar von").</summary>
    private static readonly Vocabulary _introducers = new(
        ("written", "'Written by'"),
        ("posted", "'Posted by'"),
        ("reported", "'Reported by'"),
        ("story", "'Story by'"),
        ("words", "'Words by'"),
        ("article", "'Article by'"),
        ("post", "'Post by'"),
        ("published", "'Published by'"),
        ("geschrieben", "German: written"),
        ("verfasst", "German: written"),
        ("ein", "German: 'Ein Kommentar von'"),
        ("eine", "German: 'Eine Analyse von'"),
        ("kommentar", "German: commentary"),
        ("analyse", "German: analysis"),
        ("gastbeitrag", "German: guest post"),
        ("beitrag", "German: post"),
        ("kolumne", "German: column"),
        ("bericht", "German: report"),
        ("reportage", "German, French: report"),
        ("interview", "interviews"),
        ("text", "German: 'Text von'"),
        ("publié", "French: published"),
        ("écrit", "French: written"),
        ("escrito", "Spanish: written"),
        ("escrita", "Spanish: written"),
        ("scritto", "Italian: written"));

    /// <summary>Names in <paramref name="byline"/>, cleaned; empty when it names no person.</summary>
    /// <param name="byline">The byline or author value as the page gives it.</param>
    /// <param name="isSiteName">Says whether a part names the site itself (dropped as an organisation).</param>
    public static ImmutableArray<string> Clean(string? byline, Func<string, bool>? isSiteName = null)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return [];
        }

        var text = byline.Length > MaxInputLength ? byline[..MaxInputLength] : byline;
        if (LooksLikeUrl(text.Trim()))
        {
            return [];
        }

        text = Contacts().Replace(text, " ");
        var names = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rawLine in JoinMarkerLines(text.Split('\n')))
        {
            var line = MetadataText.Clean(rawLine);
            line = CutAtCredit(line);
            line = CutAtDigit(line);
            // Twice: "Text von Jane Doe" has two markers in a row.
            line = StripMarker(StripMarker(line));
            foreach (var part in SplitNames(line))
            {
                if (ToName(part, isSiteName) is { } name && seen.Add(MetadataText.Key(name)))
                {
                    names.Add(name);
                }
            }
        }

        return names.ToImmutable();
    }

    /// <summary>A line holding only a marker ("By" above the name) belongs to the next line.</summary>
    private static IEnumerable<string> JoinMarkerLines(string[] lines)
    {
        string? pending = null;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var combined = pending is null ? trimmed : pending + " " + trimmed;
            if (AuthorVocabulary.BylineMarkers.Contains(trimmed.TrimEnd(':')))
            {
                pending = combined;
                continue;
            }

            pending = null;
            yield return combined;
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }

    private static bool LooksLikeUrl(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (text.StartsWith('/') && !text.Contains(' ', StringComparison.Ordinal));

    private static string CutAtCredit(string line)
    {
        var cut = line.Length;
        foreach (var credit in AuthorVocabulary.NonAuthorCredits.Terms)
        {
            var index = IndexOfWord(line, credit);
            if (index >= 0 && index < cut)
            {
                cut = index;
            }
        }

        return line[..cut];
    }

    private static int IndexOfWord(string text, string word)
    {
        var from = 0;
        while (from < text.Length)
        {
            var index = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return -1;
            }

            var startsWord = index == 0 || !char.IsLetter(text[index - 1]);
            var end = index + word.Length;
            var endsWord = end >= text.Length || !char.IsLetter(text[end]) || !char.IsLetter(word[^1]);
            if (startsWord && endsWord)
            {
                return index;
            }

            from = index + 1;
        }

        return -1;
    }

    /// <summary>Names hold no digits; a digit starts a date, a time or a count ("3 min read").</summary>
    private static string CutAtDigit(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (!char.IsDigit(line[i]))
            {
                continue;
            }

            var cut = i;
            // Digits glued to letters make a handle ("CC7567"): the whole word goes.
            while (cut > 0 && !char.IsWhiteSpace(line[cut - 1]))
            {
                cut--;
            }

            // A month or weekday before the number is part of the date ("May 24", "Monday, 8").
            var kept = line[..cut].TrimEnd(' ', ',', '.');
            var lastSpace = kept.LastIndexOf(' ');
            var lastWord = kept[(lastSpace + 1)..];
            if (MonthNames.ByName.ContainsKey(lastWord) || _weekdays.Contains(lastWord))
            {
                kept = lastSpace < 0 ? string.Empty : kept[..lastSpace];
            }

            return kept;
        }

        return line;
    }

    /// <summary>Weekday names that precede dates in bylines ("Monday, 8 January").</summary>
    private static readonly Vocabulary _weekdays = new(
        ("monday", "English"), ("tuesday", "English"), ("wednesday", "English"), ("thursday", "English"),
        ("friday", "English"), ("saturday", "English"), ("sunday", "English"), ("mon", "English"), ("tue", "English"),
        ("wed", "English"), ("thu", "English"), ("fri", "English"), ("sat", "English"), ("sun", "English"),
        ("montag", "German"), ("dienstag", "German"), ("mittwoch", "German"), ("donnerstag", "German"),
        ("freitag", "German"), ("samstag", "German"), ("sonntag", "German"), ("lundi", "French"), ("mardi", "French"),
        ("mercredi", "French"), ("jeudi", "French"), ("vendredi", "French"), ("samedi", "French"), ("dimanche", "French"));

    private static string StripMarker(string line)
    {
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Min(tokens.Length, 5); i++)
        {
            var word = tokens[i].TrimEnd(':', ',', '.').ToLowerInvariant();
            if (!AuthorVocabulary.BylineMarkers.Contains(word))
            {
                if (!_introducers.Contains(word) && i > 0)
                {
                    // A capitalised word before the marker is part of a name ("Ursula von der Leyen").
                    if (char.IsUpper(tokens[i][0]) && word is not ("by" or "written"))
                    {
                        return line;
                    }
                }

                continue;
            }

            // "by" never sits inside a name; other markers do ("von", "di") unless introduced or first.
            var introduced = i == 0 || word == "by" || tokens[i].EndsWith(':') || _introducers.Contains(tokens[i - 1].TrimEnd(':').ToLowerInvariant());
            if (introduced && i + 1 < tokens.Length)
            {
                return string.Join(' ', tokens[(i + 1)..]);
            }

            if (introduced && tokens[i].EndsWith(':'))
            {
                return string.Empty;
            }
        }

        return line;
    }

    private static List<string> SplitNames(string line)
    {
        var parts = new List<string> { line };
        foreach (var separator in AuthorVocabulary.NameSeparators.Terms)
        {
            var next = new List<string>();
            foreach (var part in parts)
            {
                next.AddRange(SplitIgnoringCase(part, separator));
            }

            parts = next;
        }

        return parts;
    }

    private static IEnumerable<string> SplitIgnoringCase(string text, string separator)
    {
        var start = 0;
        while (true)
        {
            var index = text.IndexOf(separator, start, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                yield return text[start..];
                yield break;
            }

            yield return text[start..index];
            start = index + separator.Length;
        }
    }

    private static string? ToName(string part, Func<string, bool>? isSiteName)
    {
        var name = part.Trim().Trim(',', '.', ':', ';', '-', '–', '—', '|', '·', '•', '"', '\'', '“', '”', '„', '«', '»', '*', '(', ')', '[', ']').Trim();
        if (name.Length < 2 || name.Length > 3 * MaxNameLength)
        {
            return null;
        }

        // A marker left alone after a split: "Text: Jane Doe und John Roe" leaves "Text:" in the first part.
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var role = tokens.FindIndex(IsRoleWord);
        if (role == 0 && tokens.Count > 1 && tokens.Skip(1).All(t => !IsRoleWord(t)) && tokens.Count >= 3)
        {
            // "Senior Jane Doe" is unlikely; "Editor Jane Doe" drops the title.
            tokens.RemoveAt(0);
        }
        else if (role >= 2)
        {
            // "Jane Doe Staff Writer": the role follows the name.
            tokens = tokens[..role];
        }
        else if (role >= 0)
        {
            return null;
        }

        name = string.Join(' ', tokens).Trim(',', '.', ':', ';', '-', ' ');
        if (name.Length < 2 || name.Length > MaxNameLength || tokens.Count > MaxNameWords || !name.Any(char.IsLetter))
        {
            return null;
        }

        if (AuthorVocabulary.NotNames.Contains(name) || AuthorVocabulary.BylineMarkers.Contains(name) || MonthNames.ByName.ContainsKey(name) || tokens.Any(IsOrganisationWord) || (isSiteName?.Invoke(name) ?? false))
        {
            return null;
        }

        // A phrase of lower-case words is a sentence fragment, not a name ("posted in news").
        if (tokens.Count >= 2 && tokens.All(t => char.IsLower(t[0])) && !tokens.Any(IsNameParticle))
        {
            return null;
        }

        if (tokens.Count >= 2 && tokens.All(t => !char.IsUpper(t[0]) && char.IsLower(t[0])))
        {
            return null;
        }

        return name;
    }

    /// <summary>Two to four capitalised words of letters ("Haki Benita", "Mary-Jane O'Neil"), no leading article.</summary>
    internal static bool LooksLikePersonName(string name)
    {
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 2 or > 4 || _articles.Contains(tokens[0]))
        {
            return false;
        }

        return tokens.All(t => char.IsUpper(t[0]) && t.Skip(1).Any(char.IsLower) && t.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'));
    }

    /// <summary>Articles that start organisation names ("The Guardian", "Die Zeit"), never a person's.</summary>
    private static readonly Vocabulary _articles = new(
        ("The", "English"), ("Der", "German"), ("Die", "German"), ("Das", "German"), ("Le", "French"), ("La", "French, Spanish, Italian"),
        ("Les", "French"), ("El", "Spanish"), ("Il", "Italian"), ("Los", "Spanish"), ("De", "Dutch"), ("Het", "Dutch"));

    private static bool IsRoleWord(string token) => AuthorVocabulary.RoleWords.Contains(token.Trim(',', '.', ':', '(', ')').ToLowerInvariant())
        || AuthorVocabulary.RoleWords.Contains(token.Trim(',', ':', '(', ')').ToLowerInvariant());

    private static bool IsOrganisationWord(string token)
    {
        var word = token.Trim(',', '.', ':', '(', ')', '\'', '"');
        if (AuthorVocabulary.OrganisationWords.Contains(word))
        {
            return true;
        }

        if (!AuthorVocabulary.AgencyInitials.Contains(word))
        {
            return false;
        }

        return word.All(c => !char.IsLetter(c) || char.IsUpper(c)) || word.All(c => !char.IsLetter(c) || char.IsLower(c));
    }

    private static bool IsNameParticle(string token) => token is "von" or "van" or "de" or "der" or "den" or "da" or "di" or "du" or "la" or "le" or "bin" or "al" or "dos" or "das" or "del" or "ten" or "ter" or "zu";

    [GeneratedRegex(@"\S+@\S+\.\S+|https?://\S+|www\.\S+|(?<!\w)@\w+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Contacts();
}
