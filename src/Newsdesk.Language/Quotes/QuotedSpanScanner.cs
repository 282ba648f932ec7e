using Newsdesk.Text;

namespace Newsdesk.Language.Quotes;

/// <summary>
/// Finds quoted spans in a text. Rules, in order:
/// 1. The quote state is kept per line; a line ending inside a quote closes it there, unless the next non-empty line
///    opens with a quotation mark: news style repeats the opening mark at each new paragraph of a long quote and
///    leaves the earlier paragraphs unclosed, so the quote continues.
/// 2. Double marks (straight, curly, low German, guillemets) make top-level quotes; single marks inside them are
///    nested quotes and stay part of the content.
/// 3. Top-level single marks (‘…’, '…') make a quote only when the opening mark starts a word and the closing mark
///    ends one, so apostrophes (don’t, the Joneses’) never open or close anything.
/// 4. While a quote is open, a double mark of either direction that ends a word closes it (<see cref="ClosesWord"/>).
/// Thread-safe: static and allocation-free apart from the result list.
/// </summary>
internal static class QuotedSpanScanner
{
    /// <summary>The longest quote considered, in lines; a missing closing mark otherwise swallows the article.</summary>
    public const int MaxLines = 12;

    public static List<QuotedSpan> Scan(string text)
    {
        var spans = new List<QuotedSpan>();
        var lines = Lines(text);
        var openAt = -1;
        var openLine = 0;
        var openMark = '\0';
        for (var l = 0; l < lines.Count; l++)
        {
            var (start, end) = lines[l];
            var continued = openAt >= 0;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (!QuotationMarks.IsDouble(c))
                {
                    if (openAt < 0 && (QuotationMarks.IsOpeningSingle(c) || c == QuotationMarks.StraightSingle) && OpensWord(text, i, end))
                    {
                        var close = FindSingleClose(text, i + 1, end, c);
                        if (close > 0)
                        {
                            spans.Add(new QuotedSpan(new TextSpan(i, close + 1), Trim(text, i + 1, close), IsSingle: true, IsClosed: true, Lines: 1));
                            i = close;
                        }
                    }

                    continue;
                }

                if (continued && i == FirstNonSpace(text, start, end))
                {
                    // The repeated opening mark of a continued paragraph (rule 1).
                    continued = false;
                    continue;
                }

                continued = false;
                if (openAt < 0)
                {
                    if (!QuotationMarks.IsClosingDouble(c) && (c != QuotationMarks.StraightDouble || i + 1 < end && !char.IsWhiteSpace(text[i + 1])))
                    {
                        openAt = i;
                        openLine = l;
                        openMark = c;
                    }
                }
                else if (QuotationMarks.Closes(openMark, c) || QuotationMarks.IsClosingDouble(c) || ClosesWord(text, i, end))
                {
                    spans.Add(new QuotedSpan(new TextSpan(openAt, i + 1), Trim(text, openAt + 1, i), IsSingle: false, IsClosed: true, Lines: l - openLine + 1));
                    openAt = -1;
                }
                else
                {
                    // A second opening mark while open: the first one was never closed. Keep the later start.
                    openAt = i;
                    openLine = l;
                    openMark = c;
                }
            }

            if (openAt >= 0)
            {
                var nextOpens = l + 1 < lines.Count && StartsWithDoubleMark(text, lines[l + 1]) && l + 1 - openLine < MaxLines;
                if (!nextOpens)
                {
                    spans.Add(new QuotedSpan(new TextSpan(openAt, TrimEnd(text, end)), Trim(text, openAt + 1, end), IsSingle: false, IsClosed: false, Lines: l - openLine + 1));
                    openAt = -1;
                }
            }
        }

        return spans;
    }

    /// <summary>The non-empty lines of <paramref name="text"/> as [start, end) pairs.</summary>
    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (!text.AsSpan(start, i - start).IsWhiteSpace())
                {
                    lines.Add((start, i));
                }

                start = i + 1;
            }
        }

        return lines;
    }

    private static bool StartsWithDoubleMark(string text, (int Start, int End) line)
    {
        var i = FirstNonSpace(text, line.Start, line.End);
        return i < line.End && QuotationMarks.IsDouble(text[i]) && !QuotationMarks.IsClosingDouble(text[i]);
    }

    private static int FirstNonSpace(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    /// <summary>Rule 4: an opening mark typed where a closing one belongs (“…percent.“ — a slip of smart-quote
    /// software) closes the quote when it ends a word: no space before it, a space or the line end after it.</summary>
    private static bool ClosesWord(string text, int i, int end) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= end || char.IsWhiteSpace(text[i + 1]));

    private static bool OpensWord(string text, int i, int end) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–')
        && i + 1 < end && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>The closing single mark for an opening one at <paramref name="from"/>-1: a mark after a letter, digit
    /// or punctuation and before a space, punctuation or the line end. -1 when there is none.</summary>
    private static int FindSingleClose(string text, int from, int end, char open)
    {
        for (var i = from; i < end; i++)
        {
            var c = text[i];
            if (c != '’' && c != QuotationMarks.StraightSingle && c != '›')
            {
                continue;
            }

            if (open == QuotationMarks.StraightSingle && c != QuotationMarks.StraightSingle)
            {
                continue;
            }

            var after = i + 1 < end ? text[i + 1] : ' ';
            if (!char.IsWhiteSpace(text[i - 1]) && !char.IsLetterOrDigit(after))
            {
                // "the Joneses’ house": a mark after a plural s and before a word is a possessive, not a close.
                if (text[i - 1] == 's' && after == ' ' && i + 2 < end && char.IsLower(text[i + 2]))
                {
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return new TextSpan(start, Math.Max(start, TrimEnd(text, end, start)));
    }

    private static int TrimEnd(string text, int end, int floor = 0)
    {
        while (end > floor && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
