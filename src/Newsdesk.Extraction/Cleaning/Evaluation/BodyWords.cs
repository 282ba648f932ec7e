namespace Newsdesk.Extraction.Cleaning.Evaluation;

/// <summary>
/// The words the body metrics compare: lowercased maximal runs of letters, digits (any Unicode number) and
/// underscores, which is Python's <c>re.findall(r"\w+", text.lower())</c> as the WCXB scorer uses it.
/// </summary>
public static class BodyWords
{
    public static List<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && IsWordChar(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c) || c == '_';
}
