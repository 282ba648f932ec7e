namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// Collects the short lines of each document of a corpus for a <see cref="SiteBoilerplateIndex"/>. Not thread-safe:
/// add documents from one thread (the first pass of <c>clean</c> reads its input in order).
/// </summary>
public sealed class SiteBoilerplateIndexBuilder
{
    /// <summary>Lines longer than this are never boilerplate in practice, and leaving them out bounds the memory.</summary>
    public const int MaxLineWords = 40;

    private readonly Dictionary<ulong, int> _corpus = [];
    private readonly Dictionary<(string, ulong), int> _site = [];
    private readonly Dictionary<string, int> _siteDocuments = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<ulong> _seen = [];
    private int _documents;

    /// <summary>Adds one document's lines; each distinct line counts once per document. <paramref name="site"/> is the
    /// document's site or host name, or null when unknown (only the corpus count then grows).</summary>
    public void Add(string? site, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _documents++;
        site = site?.ToLowerInvariant();
        if (site is not null)
        {
            _siteDocuments[site] = _siteDocuments.GetValueOrDefault(site) + 1;
        }

        _seen.Clear();
        foreach (var line in lines)
        {
            if (LineShape.Measure(line).Words > MaxLineWords)
            {
                continue;
            }

            var key = LineKey.OfLetters(line);
            if (key == 0 || !_seen.Add(key))
            {
                continue;
            }

            _corpus[key] = _corpus.GetValueOrDefault(key) + 1;
            if (site is not null)
            {
                _site[(site, key)] = _site.GetValueOrDefault((site, key)) + 1;
            }
        }
    }

    /// <summary>Adds a document's text, split into lines as the cleaner splits it.</summary>
    public void AddText(string? site, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Add(site, UnitSegmenter.Segment(text, []).Select(u => u.Text));
    }

    public SiteBoilerplateIndex Build() => new(_corpus, _site, _siteDocuments, _documents);
}
