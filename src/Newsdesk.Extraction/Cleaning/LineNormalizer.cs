using System.Text;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// Normalises one line of scraped text: every run of whitespace (tabs, no-break and other Unicode spaces) becomes
/// one ASCII space, soft hyphens and zero-width characters are dropped, the ends are trimmed, and the result is in
/// Unicode NFC. Quotation marks and dashes are left exactly as written: quote detection needs them. Thread-safe.
/// Known limit (issue 4): the build sets InvariantGlobalization (Directory.Build.props), and under it .NET 10 has no
/// normalisation data: checked on 2026-11-26, <c>"Cafe\u0301".Normalize(FormC)</c> returns the same 5 characters and
/// <see cref="string.IsNormalized()"/> answers true, for Hangul jamo and "A\u030A" too. So the NFC step below is a
/// no-op and decomposed accents stay decomposed. Fixing it means either turning InvariantGlobalization off for the
/// whole project (ICU becomes a runtime requirement and culture-sensitive APIs change behaviour everywhere: a project
/// decision) or shipping a composition table generated from the Unicode Character Database. The calls stay so that
/// the step works wherever the runtime does normalise.
/// </summary>
public static class LineNormalizer
{
    /// <summary>Returns the normalised line; the input string itself when nothing had to change.</summary>
    public static string Normalize(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (IsClean(trimmed))
        {
            var plain = trimmed.ToString();
            return plain.IsNormalized(NormalizationForm.FormC) ? plain : plain.Normalize(NormalizationForm.FormC);
        }

        var builder = new StringBuilder(trimmed.Length);
        var pendingSpace = false;
        foreach (var c in trimmed)
        {
            if (IsDropped(c))
            {
                continue;
            }

            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        var result = builder.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    // Fast path: most lines need nothing, and checking is cheaper than rebuilding.
    private static bool IsClean(ReadOnlySpan<char> line)
    {
        var previousSpace = false;
        foreach (var c in line)
        {
            if (c < 128)
            {
                if (c == ' ')
                {
                    if (previousSpace)
                    {
                        return false;
                    }

                    previousSpace = true;
                    continue;
                }

                if (c < ' ')
                {
                    return false;
                }

                previousSpace = false;
                continue;
            }

            if (IsDropped(c) || IsSpace(c))
            {
                return false;
            }

            previousSpace = false;
        }

        return true;
    }

    private static bool IsSpace(char c) => c == ' ' || char.IsWhiteSpace(c) || c == '\u2800';

    // U+00AD soft hyphen: a hint where a word may break, not a letter. U+200B/U+2060/U+FEFF: zero-width spaces and
    // joiners that scrapers leave between words and that break word matching. U+200C/U+200D are kept: they change how
    // Persian and Indic text and emoji render.
    private static bool IsDropped(char c) => c is '\u00AD' or '\u200B' or '\u2060' or '\uFEFF';
}
