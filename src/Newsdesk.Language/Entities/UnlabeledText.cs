using System.IO.Compression;
using System.Text.Json;
using Newsdesk.Language.Sentences;
using Newsdesk.Language.Tokenization;
using Newsdesk.Text;

namespace Newsdesk.Language.Entities;

/// <summary>
/// Reads unlabelled text for the word clusters: a plain-text file, or JSON Lines (optionally gzip'ed) whose records
/// carry the text in a <c>text</c>, <c>body</c> or <c>input</c> field. Text is tokenised and split into sentences the
/// way the pipeline does it, so clusters describe the tokens the tagger will see.
/// </summary>
public static class UnlabeledText
{
    private static readonly string[] _fields = ["text", "body", "input"];

    public static IEnumerable<string[]> ReadSentences(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var splitter = new SentenceSplitter();
        foreach (var text in ReadTexts(path))
        {
            var tokens = NewsTokenizer.Tokenize(text);
            foreach (var sentence in splitter.Split(text, tokens, ParagraphSplitter.Split(text)))
            {
                yield return tokens.Where(sentence.Contains).Select(t => t.ToString(text)).ToArray();
            }
        }
    }

    private static IEnumerable<string> ReadTexts(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var isJsonLines = path.Contains(".jsonl", StringComparison.OrdinalIgnoreCase);
        if (!isJsonLines)
        {
            yield return reader.ReadToEnd();
            yield break;
        }

        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var text = TextOf(line);
            if (text is not null)
            {
                yield return text;
            }
        }
    }

    private static string? TextOf(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            foreach (var field in _fields)
            {
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(field, out var value)
                    && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // A malformed line adds nothing to the clusters; the rest of the file still does.
        }

        return null;
    }
}
