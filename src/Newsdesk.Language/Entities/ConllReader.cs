using Newsdesk.Diagnostics;

namespace Newsdesk.Language.Entities;

/// <summary>
/// Reads CoNLL-2003 style files: one token per line with space- or tab-separated columns, the entity tag in the last
/// column (IOB1 or IOB2), a blank line after each sentence and <c>-DOCSTART-</c> lines between documents. A file
/// without DOCSTART lines is one document. Malformed lines (a tag that is not O, B-X or I-X with X in PER, ORG, LOC,
/// MISC) become diagnostics naming the file and line; the token is kept with tag O so the run goes on.
/// </summary>
public static class ConllReader
{
    public static List<ConllDocument> Read(TextReader reader, string origin, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        string? docStart = null;
        var tokens = new List<string>();
        var tags = new List<string?>();
        var lines = new List<string>();
        var lineNumber = 0;
        var firstLine = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var trimmed = line.TrimEnd();
            if (trimmed.Length == 0)
            {
                FlushSentence();
                continue;
            }

            if (trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                FlushSentence();
                FlushDocument();
                docStart = line;
                continue;
            }

            var columns = trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Count == 0)
            {
                firstLine = lineNumber;
            }

            tokens.Add(columns[0]);
            lines.Add(trimmed);
            if (columns.Length == 1)
            {
                tags.Add(null);
                continue;
            }

            var tag = columns[^1];
            if (!IsValidTag(tag))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MalformedConllLine, "ner", $"{origin}:{lineNumber}",
                    $"'{tag}' is not an entity tag (O, B-X or I-X with X in PER, ORG, LOC, MISC); read as O"));
                tag = "O";
            }

            tags.Add(tag);
        }

        FlushSentence();
        FlushDocument();
        return documents;

        void FlushSentence()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new ConllSentence([.. tokens], [.. tags], [.. lines], firstLine));
                tokens.Clear();
                tags.Clear();
                lines.Clear();
            }
        }

        void FlushDocument()
        {
            if (sentences.Count > 0 || docStart is not null)
            {
                documents.Add(new ConllDocument([.. sentences], docStart));
                sentences.Clear();
                docStart = null;
            }
        }
    }

    public static List<ConllDocument> ReadFile(string path, List<Diagnostic> diagnostics)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path, diagnostics);
    }

    private static bool IsValidTag(string tag) =>
        tag == "O" || (tag.Length > 2 && tag[0] is 'B' or 'I' or 'E' or 'S' or 'L' or 'U' && tag[1] == '-'
                       && Documents.EntityTypeCodes.TryParse(tag.AsSpan(2), out _));
}
