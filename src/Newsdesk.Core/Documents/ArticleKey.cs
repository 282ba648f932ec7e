using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Newsdesk.Documents;

/// <summary>
/// The identity under which an article is stored, so that the same article read twice is stored once: the
/// normalised URL when one is known, else a hash of the normalised text. <see cref="Id"/> is a short, stable public
/// id derived from the key, the same in every database.
/// </summary>
public readonly record struct ArticleKey(string Value)
{
    // Query parameters that track the visitor, not the page (utm_* is handled by prefix).
    private static readonly SearchValues<string> _trackingParameters = SearchValues.Create(
        ["fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "cmpid", "ocid", "smid", "ncid", "__twitter_impression"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>16 lowercase hex digits of SHA-256 of <see cref="Value"/>.</summary>
    public string Id => Hex(Encoding.UTF8.GetBytes(Value))[..16];

    /// <summary>The key of a document: its URL when known, else its text.</summary>
    public static ArticleKey For(ArticleMetadata metadata, string text)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var url = metadata.IdentityUrl is { } address ? NormalizeUrl(address) : null;
        return url is not null ? new ArticleKey("url:" + url) : ForText(text);
    }

    /// <summary>The key of a text: case, punctuation and whitespace differences do not change it.</summary>
    public static ArticleKey ForText(string text) => new("text:" + TextHash(text));

    /// <summary>
    /// A hash of the text's letters and digits in lower case, separated by single spaces: a re-scrape that differs
    /// only in whitespace, quotes or case hashes the same.
    /// </summary>
    public static string TextHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return Hex(Encoding.UTF8.GetBytes(builder.ToString()))[..32];
    }

    /// <summary>
    /// Normalises an absolute http(s) URL for identity: scheme and <c>www.</c> dropped, host lower-cased, default
    /// port, fragment, tracking parameters and a trailing slash removed, remaining parameters sorted. Returns null
    /// when <paramref name="url"/> is not an absolute http(s) URL.
    /// </summary>
    public static string? NormalizeUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var path = uri.AbsolutePath;
        if (path.Length > 1 && path.EndsWith('/'))
        {
            path = path.TrimEnd('/');
        }

        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        return query.Length == 0 ? $"{host}{port}{path}" : $"{host}{port}{path}?{string.Join('&', query)}";
    }

    private static bool IsTracking(string pair)
    {
        var name = pair.Split('=', 2)[0];
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || _trackingParameters.Contains(name);
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public override string ToString() => Value;
}
