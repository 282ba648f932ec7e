using System.Collections.Frozen;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// How many documents of a corpus, and of each site in it, contain each short line: a line that recurs in many
/// articles of one site is that site's boilerplate (a slogan, a newsletter prompt, a footer), however article-like its
/// form. Built in a first pass over the input (<see cref="SiteBoilerplateIndexBuilder"/>) and read by the
/// <see cref="CleaningStage"/> in the second. Counts include the document being cleaned, which was part of the
/// first pass. Immutable and thread-safe.
/// </summary>
public sealed class SiteBoilerplateIndex
{
    private readonly LineCountTable _corpus;
    private readonly FrozenDictionary<(string Site, ulong Line), int> _site;
    private readonly FrozenDictionary<string, int> _siteDocuments;

    internal SiteBoilerplateIndex(
        Dictionary<ulong, int> corpus, Dictionary<(string, ulong), int> site, Dictionary<string, int> siteDocuments, int documents)
    {
        _corpus = new LineCountTable(corpus);
        _site = site.ToFrozenDictionary();
        _siteDocuments = siteDocuments.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Documents = documents;
    }

    /// <summary>An index of no documents: every line is unique.</summary>
    public static SiteBoilerplateIndex Empty { get; } = new([], [], [], 0);

    /// <summary>The number of documents indexed.</summary>
    public int Documents { get; }

    /// <summary>The number of indexed documents that contain <paramref name="line"/> anywhere in the corpus.</summary>
    public int CorpusCount(ReadOnlySpan<char> line) => CorpusCountOfKey(LineKey.OfLetters(line));

    /// <summary>The number of indexed documents that contain the line whose <see cref="LineKey.OfLetters"/> is
    /// <paramref name="letterKey"/>.</summary>
    public int CorpusCountOfKey(ulong letterKey) => _corpus.Count == 0 ? 0 : _corpus[letterKey];

    /// <summary>The number of indexed documents of <paramref name="site"/> that contain <paramref name="line"/>.</summary>
    public int SiteCount(string? site, ReadOnlySpan<char> line) =>
        site is null ? 0 : _site.GetValueOrDefault((site.ToLowerInvariant(), LineKey.OfLetters(line)));

    /// <summary>The number of indexed documents of <paramref name="site"/>.</summary>
    public int SiteDocuments(string? site) => site is null ? 0 : _siteDocuments.GetValueOrDefault(site);
}
