namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// Recognises a photo credit in parentheses at the end of a line, as agencies append to captions:
/// "Mr Kim said … expanded (Korean Central News Agency/Korea News Service via AP)", "… on Monday (Photo: Jane Doe)".
/// The words before the parenthesis must not end a sentence: an article sentence that cites an agency ends with its
/// full stop after the parenthesis, or has one before it.
/// </summary>
public static class TrailingCredit
{
    // Words that, inside a closing parenthesis, say it names who made the picture. "via" covers "X via AP/Getty";
    // the agency names are the wire services whose credits scrapers most often keep.
    private static readonly HashSet<string> _creditWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "via", "photo", "photos", "photograph", "photographer", "image", "images", "picture", "pictures", "pic", "credit",
        "courtesy", "ap", "afp", "reuters", "getty", "epa", "efe", "xinhua", "shutterstock", "istock", "alamy", "pool",
        "file", "handout", "supplied", "agency", "press", "pa", "ansa", "dpa", "anadolu", "sipa", "bloomberg", "yonhap",
        "kcna", "tass", "video", "screengrab", "screenshot",
    };

    /// <summary>True when <paramref name="line"/> ends with a parenthesised credit after non-sentence-final text.</summary>
    /// <param name="line">A normalised line.</param>
    /// <param name="captionWords">The number of words before the parenthesis.</param>
    public static bool EndsWithCredit(ReadOnlySpan<char> line, out int captionWords)
    {
        captionWords = 0;
        var trimmed = line.TrimEnd();
        if (trimmed.Length < 4 || trimmed[^1] != ')')
        {
            return false;
        }

        var open = trimmed.LastIndexOf('(');
        if (open < 0 || trimmed.Length - open > 120)
        {
            return false;
        }

        var inner = trimmed[(open + 1)..^1];
        var before = trimmed[..open].TrimEnd();
        if (!before.IsEmpty && before[^1] is '.' or '!' or '?')
        {
            return false;
        }

        if (!HasCreditWord(inner))
        {
            return false;
        }

        captionWords = LineShape.Measure(before).Words;
        return true;
    }

    private static bool HasCreditWord(ReadOnlySpan<char> inner)
    {
        foreach (var range in inner.SplitAny(" /,;:-–—".AsSpan()))
        {
            var word = inner[range];
            if (!word.IsEmpty && _creditWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
