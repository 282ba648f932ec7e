using System.Net;
using System.Text;

namespace Newsdesk.Extraction.Metadata;

/// <summary>Normalisation shared by every metadata field: whitespace collapsed, leftover entities decoded.</summary>
internal static class MetadataText
{
    /// <summary>Longer field values are cut: no title, name or description needs more, and it bounds the work.</summary>
    public const int MaxFieldLength = 2000;

    /// <summary>
    /// Collapses runs of whitespace (including no-break spaces) to one space, trims, drops control characters, and
    /// decodes entities that survived parsing (pages that escape twice, <c>&amp;amp;</c>).
    /// </summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = value.Length > MaxFieldLength ? value[..MaxFieldLength] : value;
        if (text.Contains('&', StringComparison.Ordinal) && text.Contains(';', StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text);
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Lower-cased letters and digits only, for comparing titles and names loosely.</summary>
    public static string Key(ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
