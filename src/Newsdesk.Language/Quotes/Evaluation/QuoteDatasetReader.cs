using System.Collections.Immutable;
using System.Text.Json;
using Newsdesk.Diagnostics;
using Newsdesk.Text;

namespace Newsdesk.Language.Quotes.Evaluation;

/// <summary>
/// Reads a quote evaluation set in the JSON Lines format of ../shared/data/README.md ("Quotes"). A malformed line or
/// a span outside its text is reported as a diagnostic naming the file and line, and the line is skipped.
/// </summary>
public static class QuoteDatasetReader
{
    private const string StageName = "eval-quotes";

    public static IReadOnlyList<GoldArticle> Read(string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var articles = new List<GoldArticle>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var location = $"{path}:{lineNumber}";
            try
            {
                using var json = JsonDocument.Parse(line);
                if (Parse(json.RootElement, location, diagnostics) is { } article)
                {
                    articles.Add(article);
                }
            }
            catch (JsonException e)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MalformedJson, StageName, location, e.Message));
            }
        }

        return articles;
    }

    private static GoldArticle? Parse(JsonElement root, string location, ICollection<Diagnostic> diagnostics)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidRecord, StageName, location, "a quote record needs string fields 'id' and 'text'"));
            return null;
        }

        var text = textElement.GetString()!;
        var quotes = ImmutableArray.CreateBuilder<GoldQuote>();
        if (root.TryGetProperty("quotes", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var q in list.EnumerateArray())
            {
                index++;
                if (!TrySpan(q, text.Length, out var content))
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidRecord, StageName, location, $"quote {index}: start/end missing or outside the text; skipped"));
                    continue;
                }

                var direct = q.TryGetProperty("direct", out var d) && d.ValueKind == JsonValueKind.True;
                var speaker = ImmutableArray<TextSpan>.Empty;
                if (q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.Object)
                {
                    speaker = Pieces(s, text.Length);
                }

                string? cue = null;
                if (q.TryGetProperty("cue", out var c) && c.ValueKind == JsonValueKind.Object && c.TryGetProperty("text", out var cueText))
                {
                    cue = cueText.GetString();
                }

                quotes.Add(new GoldQuote(content, direct, speaker, cue));
            }
        }

        return new GoldArticle(id.GetString()!, text, quotes.ToImmutable());
    }

    private static ImmutableArray<TextSpan> Pieces(JsonElement element, int length)
    {
        if (element.TryGetProperty("parts", out var parts) && parts.ValueKind == JsonValueKind.Array)
        {
            var builder = ImmutableArray.CreateBuilder<TextSpan>();
            foreach (var part in parts.EnumerateArray())
            {
                if (TrySpan(part, length, out var span))
                {
                    builder.Add(span);
                }
            }

            return builder.ToImmutable();
        }

        return TrySpan(element, length, out var whole) ? [whole] : [];
    }

    private static bool TrySpan(JsonElement element, int length, out TextSpan span)
    {
        span = default;
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("start", out var s) || !s.TryGetInt32(out var start)
            || !element.TryGetProperty("end", out var e) || !e.TryGetInt32(out var end)
            || start < 0 || end < start || end > length)
        {
            return false;
        }

        span = new TextSpan(start, end);
        return true;
    }
}
