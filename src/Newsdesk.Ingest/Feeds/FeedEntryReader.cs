using System.Net;
using System.Text;
using System.Xml;

namespace Newsdesk.Ingest.Feeds;

/// <summary>
/// Pulls entries one at a time from an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 (and 0.3) document on an
/// <see cref="XmlReader"/>, so a feed of any size is read in constant memory. Feed-level fields met before or between
/// entries (title, link, language) fill <see cref="Channel"/>. Fields are matched by namespace and local name, so an
/// Atom link inside an RSS item or Dublin Core dates in any dialect are understood. Throws
/// <see cref="XmlException"/> when the XML is not well-formed. Not thread-safe.
/// </summary>
internal sealed class FeedEntryReader(XmlReader xml)
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string Atom03 = "http://purl.org/atom/ns#";
    private const string Rss10 = "http://purl.org/rss/1.0/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    private enum Dialect
    {
        Unknown,
        Rss,
        Rdf,
        Atom,
    }

    private Dialect _dialect;
    private bool _started;
    private bool _advance = true;

    public FeedChannel Channel { get; } = new();

    /// <summary>The root element's name when the document is not a feed (then <see cref="Next"/> returns null).</summary>
    public string? ForeignRoot { get; private set; }

    /// <summary>The next entry and the line it starts on, or null at the end of the feed.</summary>
    public FeedEntry? Next(out int line)
    {
        line = 0;
        if (!_started && !Start())
        {
            return null;
        }

        while (true)
        {
            if (_advance && !xml.Read())
            {
                return null;
            }

            _advance = true;
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (IsEntry())
            {
                line = (xml as IXmlLineInfo)?.LineNumber ?? 0;
                var entry = ReadEntry();
                _advance = false;
                return entry;
            }

            if (xml.Depth == ChannelFieldDepth && ReadChannelField())
            {
                _advance = false;
            }
        }
    }

    private bool Start()
    {
        _started = true;
        xml.MoveToContent();
        _dialect = xml.LocalName switch
        {
            "rss" => Dialect.Rss,
            "RDF" => Dialect.Rdf,
            "feed" => Dialect.Atom,
            _ => Dialect.Unknown,
        };
        if (_dialect == Dialect.Unknown)
        {
            ForeignRoot = xml.Name;
            return false;
        }

        if (_dialect == Dialect.Atom)
        {
            Channel.Language = FeedText.LanguageCode(xml.XmlLang);
        }

        // The root element itself is the current node: let the loop read on from it.
        _advance = true;
        return true;
    }

    /// <summary>Children of <c>channel</c> (RSS, RDF) or of <c>feed</c> (Atom).</summary>
    private int ChannelFieldDepth => _dialect == Dialect.Atom ? 1 : 2;

    private bool IsEntry() => xml.LocalName switch
    {
        "item" => xml.NamespaceURI is "" or Rss10,
        // An Atom feed written without its namespace is still an Atom feed.
        "entry" => _dialect == Dialect.Atom || xml.NamespaceURI is Atom or Atom03,
        _ => false,
    };

    /// <summary>Reads a feed-level field if it is one; the first value wins (RDF puts the image's title at the same
    /// depth after the channel's). Returns true when the element was consumed.</summary>
    private bool ReadChannelField()
    {
        var ns = xml.NamespaceURI;
        switch (xml.LocalName)
        {
            case "title" when ns is "" or Rss10 or Atom or Atom03:
                var title = ReadTitle(ns is Atom or Atom03 ? xml.GetAttribute("type") : null);
                Channel.Title ??= title.Length > 0 ? title : null;
                return true;
            case "link" when ns is Atom or Atom03:
                Channel.Link ??= AtomLink();
                return false;
            case "link" when ns is "" or Rss10:
                var link = FeedText.Collapse(ReadContent(out _));
                Channel.Link ??= link.Length > 0 ? link : null;
                return true;
            case "language" when ns is "" or DublinCore:
                Channel.Language ??= FeedText.LanguageCode(ReadContent(out _));
                return true;
            default:
                return false;
        }
    }

    private FeedEntry ReadEntry()
    {
        var entry = new FeedEntry();
        var depth = xml.Depth;
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return entry;
        }

        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) && !xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1)
            {
                ReadEntryField(entry);
            }
            else
            {
                xml.Read();
            }
        }

        xml.Read();
        return entry;
    }

    /// <summary>Reads one child of an entry, leaving the reader on the node after it.</summary>
    private void ReadEntryField(FeedEntry entry)
    {
        var ns = xml.NamespaceURI;
        var atom = ns is Atom or Atom03 || (_dialect == Dialect.Atom && ns.Length == 0);
        var rss = !atom && ns is "" or Rss10;
        switch (xml.LocalName)
        {
            case "title" when atom || rss:
                var title = ReadTitle(atom ? xml.GetAttribute("type") : null);
                entry.Title ??= title.Length > 0 ? title : null;
                return;
            case "link" when atom:
                var href = AtomLink();
                entry.Link ??= href;
                xml.Skip();
                return;
            case "link" when rss:
                var link = FeedText.Collapse(ReadContent(out _));
                entry.Link = link.Length > 0 ? link : entry.Link;
                return;
            case "guid" when rss:
                entry.EntryIdIsLink = xml.GetAttribute("isPermaLink") is not { } permalink || !permalink.Trim().Equals("false", StringComparison.OrdinalIgnoreCase);
                entry.EntryId ??= FeedText.Collapse(ReadContent(out _));
                return;
            case "id" when atom:
                entry.EntryId ??= FeedText.Collapse(ReadContent(out _));
                return;
            case "pubDate" when rss:
            case "published" or "issued" when atom:
                entry.Published = Date(ReadContent(out _)) ?? entry.Published;
                return;
            case "date" when ns == DublinCore:
                entry.Published ??= Date(ReadContent(out _));
                return;
            case "updated" or "modified" when atom:
                entry.Updated ??= Date(ReadContent(out _));
                return;
            case "author" when atom:
                ReadAtomPerson(entry);
                return;
            case "author" when rss:
            case "creator" when ns == DublinCore:
                if (FeedText.AuthorName(ReadContent(out _)) is { } name)
                {
                    entry.Authors.Add(name);
                }

                return;
            case "category" when atom:
                var term = xml.GetAttribute("label") ?? xml.GetAttribute("term");
                AddKeyword(entry, term);
                xml.Skip();
                return;
            case "category" when rss:
            case "subject" when ns == DublinCore:
                AddKeyword(entry, ReadContent(out _));
                return;
            case "description" when rss:
                entry.Summary = Body(ReadContent(out var markup), markup ? true : null);
                return;
            case "encoded" when ns == ContentModule:
                entry.Content = Body(ReadContent(out var encodedMarkup), encodedMarkup ? true : null);
                return;
            case "summary" when atom:
                entry.Summary = AtomText();
                return;
            case "content" when atom:
                entry.Content = AtomText();
                return;
            default:
                xml.Skip();
                return;
        }
    }

    /// <summary>Reads an Atom text construct (RFC 4287 section 3.1, and out-of-line content, 4.1.3) as a body.</summary>
    private FeedBody? AtomText()
    {
        var type = (xml.GetAttribute("type") ?? "text").Trim().ToLowerInvariant();
        if (xml.GetAttribute("src") is not null)
        {
            // Content that lives elsewhere: nothing to read here, the summary stands in.
            xml.Skip();
            return null;
        }

        var isHtml = type switch
        {
            "html" or "xhtml" or "text/html" or "application/xhtml+xml" => true,
            "text" or "text/plain" => false,
            _ when type.StartsWith("text/", StringComparison.Ordinal) => false,
            // Base64 media (RFC 4287 4.1.3.3): not an article body.
            _ => (bool?)null,
        };
        if (isHtml is null)
        {
            xml.Skip();
            return null;
        }

        var text = ReadContent(out var markup);
        return Body(text, isHtml.Value || markup);
    }

    /// <summary>The <c>href</c> of an Atom link if it points to the entry's page (rel alternate or no rel).</summary>
    private string? AtomLink()
    {
        var rel = xml.GetAttribute("rel");
        if (rel is not null && !rel.Equals("alternate", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var href = xml.GetAttribute("href");
        if (string.IsNullOrWhiteSpace(href))
        {
            // Atom 0.3 and some RSS files write the address as the link's text.
            return null;
        }

        return href.Trim();
    }

    private void ReadAtomPerson(FeedEntry entry)
    {
        var depth = xml.Depth;
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }

        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) && !xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "name")
            {
                if (FeedText.AuthorName(ReadContent(out _)) is { } name)
                {
                    entry.Authors.Add(name);
                }
            }
            else if (xml.NodeType == XmlNodeType.Element)
            {
                xml.Skip();
            }
            else
            {
                xml.Read();
            }
        }

        xml.Read();
    }

    /// <summary>A title as plain text: HTML titles (Atom type html/xhtml, or RSS titles holding markup) flattened.</summary>
    private string ReadTitle(string? atomType)
    {
        var text = ReadContent(out var markup);
        var html = markup || atomType is "html" or "xhtml" || (atomType is null && FeedText.LooksLikeHtml(text));
        return html ? FeedText.Flatten(text) : FeedText.Collapse(text);
    }

    /// <summary>
    /// The content of the current element, leaving the reader on the node after it. Text and CDATA come back with
    /// XML entities decoded; child elements (inline XHTML, or markup a feed forgot to escape) make the result HTML:
    /// the elements as XML and the text around them escaped, reported by <paramref name="hadMarkup"/>.
    /// </summary>
    private string ReadContent(out bool hadMarkup)
    {
        hadMarkup = false;
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }

        var depth = xml.Depth;
        var text = new StringBuilder();
        // Built only once markup is met (rare): escaping every text node up front would double the cost of each body.
        StringBuilder? html = null;
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) && !xml.EOF)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    html ??= new StringBuilder(WebUtility.HtmlEncode(text.ToString()));
                    html.Append(xml.ReadOuterXml());
                    continue;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (html is null)
                    {
                        text.Append(xml.Value);
                    }
                    else
                    {
                        html.Append(WebUtility.HtmlEncode(xml.Value));
                    }

                    break;
            }

            xml.Read();
        }

        xml.Read();
        hadMarkup = html is not null;
        return html is not null ? html.ToString() : text.ToString();
    }

    private static FeedBody? Body(string text, bool? isHtml)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return new FeedBody(text.Trim(), isHtml ?? FeedText.LooksLikeHtml(text));
    }

    private static Documents.NewsDate? Date(string text) => FeedDateParser.TryParse(text, out var date) ? date : null;

    private static void AddKeyword(FeedEntry entry, string? keyword)
    {
        if (keyword is not null && FeedText.Collapse(keyword) is { Length: > 0 } clean)
        {
            entry.Keywords.Add(clean);
        }
    }
}
