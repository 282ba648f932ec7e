using System.Globalization;

namespace Newsdesk.Ingest.Warc;

/// <summary>
/// The named fields of one WARC record (ISO 28500, section 5), read leniently as real files need: field names are
/// case-insensitive; a value may follow a doubled colon (<c>WARC-Target-URI:: url</c>, written by readWriteWarc);
/// a URI may be wrapped in angle brackets (<c>&lt;https://…&gt;</c>, the WARC/1.1 draft form wget writes); lines
/// starting with a space or tab continue the previous field (section 4, folded fields).
/// </summary>
internal sealed class WarcHeader
{
    private readonly Dictionary<string, string> _fields;

    private WarcHeader(string version, Dictionary<string, string> fields)
    {
        Version = version;
        _fields = fields;
    }

    /// <summary>The version from the record's first line: <c>1.0</c>, <c>1.1</c>, <c>0.18</c> (ClueWeb).</summary>
    public string Version { get; }

    /// <summary>The lower-case <c>WARC-Type</c>, or "" when absent.</summary>
    public string Type => Get("WARC-Type")?.ToLowerInvariant() ?? "";

    public string? RecordId => Get("WARC-Record-ID");

    /// <summary>The <c>WARC-Target-URI</c> without angle brackets, or null.</summary>
    public string? TargetUri => Get("WARC-Target-URI") is { } uri ? Unbracket(uri) : null;

    /// <summary>The media type of the block (<c>application/http; msgtype=response</c>, <c>text/html</c>), or null.</summary>
    public string? ContentType => Get("Content-Type");

    /// <summary>The declared block length, or null when it is missing or not a non-negative integer.</summary>
    public long? ContentLength =>
        long.TryParse(Get("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : null;

    /// <summary>True when a field was written with the doubled colon quirk.</summary>
    public bool HadDoubledColon { get; private init; }

    /// <summary>The <c>WARC-Date</c> as a timestamp, or null when absent or unreadable (ClueWeb writes days such as
    /// <c>2008-10-294</c>).</summary>
    public DateTimeOffset? Date => ParseDate(Get("WARC-Date"));

    /// <summary>True when <c>WARC-Date</c> is present but could not be read.</summary>
    public bool HasUnreadableDate => Get("WARC-Date") is { Length: > 0 } && Date is null;

    public string? Get(string name) => _fields.GetValueOrDefault(name);

    /// <summary>Parses the version line's version and the field lines that follow it (without the blank line).</summary>
    public static WarcHeader Parse(string version, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        var doubled = false;
        foreach (var line in lines)
        {
            if (line.Length > 0 && line[0] is ' ' or '\t')
            {
                if (last is not null)
                {
                    fields[last] = fields[last] + " " + line.Trim();
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                // Not a field: ignored rather than refused, so that one stray line does not lose the record.
                continue;
            }

            var name = line[..colon].Trim();
            var value = line.AsSpan(colon + 1);
            if (value.StartsWith(":"))
            {
                doubled = true;
                value = value[1..];
            }

            // The first occurrence wins: WARC fields other than WARC-Concurrent-To are not repeatable.
            fields.TryAdd(name, value.Trim().ToString());
            last = name;
        }

        return new WarcHeader(version, fields) { HadDoubledColon = doubled };
    }

    private static string Unbracket(string uri)
    {
        var span = uri.AsSpan().Trim();
        if (span.Length >= 2 && span[0] == '<' && span[^1] == '>')
        {
            span = span[1..^1].Trim();
        }

        return span.ToString();
    }

    private static readonly string[] _compactDateFormats = ["yyyyMMddHHmmss", "yyyyMMddHHmmssfff"];

    private static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // W3C-ISO8601 as the standard asks (section 5.4), with or without fractions and offsets; also the 14-digit
        // form of ARC-derived writers.
        if (value.Length >= 10 && value[4] == '-' &&
            DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var iso))
        {
            return iso;
        }

        return DateTimeOffset.TryParseExact(value, _compactDateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var compact)
            ? compact
            : null;
    }
}
