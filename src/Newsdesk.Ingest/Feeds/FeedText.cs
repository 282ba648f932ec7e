using System.Net;
using System.Text.RegularExpressions;

namespace Newsdesk.Ingest.Feeds;

/// <summary>Small text rules for feed fields: telling HTML from plain text, flattening HTML titles, cleaning author
/// fields.</summary>
internal static partial class FeedText
{
    /// <summary>Author values that name nobody: feed software writes them when the post has no author.</summary>
    private static readonly HashSet<string> _placeholderAuthors = new(StringComparer.OrdinalIgnoreCase)
    {
        // Blogger's "noreply@blogger.com (Unknown)".
        "unknown",
        // WordPress and CMS defaults for posts written by the site account.
        "admin",
        "administrator",
        // Anonymous submissions.
        "anonymous",
    };

    /// <summary>True when the text holds HTML markup (a start or end tag) or an HTML entity, so it should go through the
    /// HTML extractor rather than be taken as plain text.</summary>
    public static bool LooksLikeHtml(string text) => Markup().IsMatch(text);

    /// <summary>Plain text of a short HTML fragment (a title): tags removed, entities decoded, white space collapsed.</summary>
    public static string Flatten(string html) => Collapse(WebUtility.HtmlDecode(Tag().Replace(html, " ")));

    /// <summary>White space runs collapsed to one space, ends trimmed.</summary>
    public static string Collapse(string text) => Space().Replace(text, " ").Trim();

    /// <summary>
    /// An author name from an RSS <c>author</c> or <c>dc:creator</c> value, or null: RSS 2.0 asks for
    /// <c>email (Name)</c>, so the name in parentheses wins; a bare e-mail address and placeholders name nobody.
    /// </summary>
    public static string? AuthorName(string value)
    {
        var text = Collapse(value);
        var named = EmailWithName().Match(text);
        if (named.Success)
        {
            text = named.Groups["name"].Value.Trim();
        }
        else if (Email().IsMatch(text))
        {
            return null;
        }

        return text.Length == 0 || _placeholderAuthors.Contains(text) ? null : text;
    }

    /// <summary>The ISO 639-1 part of a language tag (<c>en-us</c> → <c>en</c>), or null when it is not one.</summary>
    public static string? LanguageCode(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"<[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Space();

    [GeneratedRegex(@"^\S+@\S+\s*\((?<name>[^()]+)\)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex EmailWithName();

    [GeneratedRegex(@"^[^\s@]+@[^\s@]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
