using System.Text;
using BenchmarkDotNet.Attributes;
using Newsdesk.Ingest;
using Newsdesk.Ingest.Feeds;

namespace Newsdesk.Bench;

/// <summary>Feed reading throughput on fixed synthetic feeds: RSS 2.0 with content:encoded and Atom with HTML
/// content, 500 entries of about 5 KB each.</summary>
[MemoryDiagnoser]
public class FeedReaderBenchmarks
{
    private const int Entries = 500;

    private byte[] _rss = [];
    private byte[] _atom = [];
    private readonly FeedReader _reader = new();
    private readonly InputFile _file = new("bench.xml", "bench.xml");

    [GlobalSetup]
    public void Setup()
    {
        var body = string.Concat(Enumerable.Repeat("<p>The council approved the budget on Friday, the minister said.</p>", 75));
        var rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Bench</title><link>https://news.example.com/</link><language>en</language>");
        var atom = new StringBuilder("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Bench</title><link href=\"https://news.example.com/\"/>");
        for (var i = 0; i < Entries; i++)
        {
            rss.Append(System.Globalization.CultureInfo.InvariantCulture, $"<item><title>Story {i}</title><link>https://news.example.com/{i}</link><pubDate>Fri, 08 Jan 2021 10:30:00 +0100</pubDate><dc:creator>Jane Doe</dc:creator><description>Summary {i}</description><content:encoded><![CDATA[{body}]]></content:encoded><guid>https://news.example.com/{i}</guid></item>");
            atom.Append(System.Globalization.CultureInfo.InvariantCulture, $"<entry><title>Story {i}</title><link href=\"/{i}\"/><id>urn:{i}</id><published>2021-01-08T10:30:00+01:00</published><author><name>Jane Doe</name></author><content type=\"html\">{System.Net.WebUtility.HtmlEncode(body)}</content></entry>");
        }

        _rss = Encoding.UTF8.GetBytes(rss.Append("</channel></rss>").ToString());
        _atom = Encoding.UTF8.GetBytes(atom.Append("</feed>").ToString());
        Console.WriteLine($"// rss {_rss.Length:N0} bytes, atom {_atom.Length:N0} bytes");
    }

    [Benchmark(Baseline = true)]
    public int ReadRss() => Count(_rss);

    [Benchmark]
    public int ReadAtom() => Count(_atom);

    private int Count(byte[] feed)
    {
        var entries = _reader.Read(_file, new MemoryStream(feed), ReaderOptions.Default, CancellationToken.None).Count();
        return entries == Entries ? entries : throw new InvalidOperationException($"read {entries} entries, expected {Entries}");
    }
}
