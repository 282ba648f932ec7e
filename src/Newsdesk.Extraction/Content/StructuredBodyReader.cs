using System.Net;
using System.Text.Json;

namespace Newsdesk.Extraction.Content;

/// <summary>
/// Reads the <c>articleBody</c> a page declares in JSON-LD (schema.org <c>Article</c> and its subtypes). Some
/// publishers fill it with the whole text, some with a teaser, some with HTML: it is a signal to check, not truth.
/// </summary>
internal static class StructuredBodyReader
{
    /// <summary>The longest <c>articleBody</c> in the blocks, HTML tags stripped and entities decoded, or null.</summary>
    public static string? Find(IReadOnlyList<string> jsonLdBlocks)
    {
        string? best = null;
        foreach (var block in jsonLdBlocks)
        {
            if (!block.Contains("articleBody", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(block, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                var found = Search(json.RootElement, 0);
                if (found is not null && (best is null || found.Length > best.Length))
                {
                    best = found;
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common (unescaped newlines, trailing garbage); the DOM signals remain.
            }
        }

        return best is null ? null : Clean(best);
    }

    private static string? Search(JsonElement element, int depth)
    {
        if (depth > 16)
        {
            return null;
        }

        string? best = null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var found = property.NameEquals("articleBody") && property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString()
                        : Search(property.Value, depth + 1);
                    if (found is not null && (best is null || found.Length > best.Length))
                    {
                        best = found;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    var found = Search(item, depth + 1);
                    if (found is not null && (best is null || found.Length > best.Length))
                    {
                        best = found;
                    }
                }

                break;
        }

        return best;
    }

    private static string Clean(string body)
    {
        if (body.Contains('<', StringComparison.Ordinal))
        {
            var builder = new System.Text.StringBuilder(body.Length);
            var inTag = false;
            foreach (var c in body)
            {
                if (c == '<')
                {
                    inTag = true;
                    builder.Append(' ');
                }
                else if (c == '>')
                {
                    inTag = false;
                }
                else if (!inTag)
                {
                    builder.Append(c);
                }
            }

            body = builder.ToString();
        }

        return WebUtility.HtmlDecode(body);
    }
}
