using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using Newsdesk.Documents;
using Newsdesk.Extraction;
using Newsdesk.Extraction.Html;

namespace Newsdesk.Bench;

/// <summary>
/// HTML extraction: decoding, stripping + parsing, and the whole extractor (decode, parse, metadata, content) on a
/// fixed synthetic news page (≈ 200 KB, a third of it scripts and styles, like the evaluation pages) and, when
/// ../shared is present, on the first 50 WCXB dev pages (figures per page: divide by 50).
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly HtmlArticleExtractor _extractor = new();
    private readonly HtmlPageParser _parser = new(HtmlExtractionOptions.Default);
    private byte[] _synthetic = [];
    private DecodedHtml? _decoded;
    private byte[][] _wcxb = [];

    [GlobalSetup]
    public void Setup()
    {
        _synthetic = Encoding.UTF8.GetBytes(SyntheticPage());
        _decoded = HtmlDecoder.Decode(_synthetic);
        var pages = FindShared("data/extraction/wcxb-dev/pages");
        if (pages is not null)
        {
            _wcxb = [.. Directory.GetFiles(pages, "*.html.gz").Order(StringComparer.Ordinal).Take(50).Select(Gunzip)];
        }
    }

    [Benchmark]
    public int DecodeSynthetic() => HtmlDecoder.Decode(_synthetic).Html.Length;

    [Benchmark]
    public int StripAndParseSynthetic() => _parser.Parse(_decoded!).Document.All.Length;

    [Benchmark(Baseline = true)]
    public int ExtractSynthetic() => _extractor.Extract(Raw(_synthetic), CancellationToken.None).Text.Length;

    [Benchmark(OperationsPerInvoke = 50)]
    public int ExtractWcxb50()
    {
        var total = 0;
        foreach (var page in _wcxb)
        {
            total += _extractor.Extract(Raw(page), CancellationToken.None).Text.Length;
        }

        return total;
    }

    private static RawDocument Raw(byte[] bytes) => new() { Id = "bench", Origin = "bench", Kind = ContentKind.Html, Bytes = bytes };

    private static byte[] Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string? FindShared(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string SyntheticPage()
    {
        var random = new Random(42);
        string[] words = ["council", "budget", "voted", "city", "schools", "roads", "residents", "said", "the", "a", "of", "and", "to", "in", "plan", "mayor", "public", "year"];
        string Sentence(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)])) + ".";
        var page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Budget approved | The Daily Example</title>");
        page.Append("<meta property=\"og:title\" content=\"Budget approved\"><meta name=\"author\" content=\"Jane Doe\">");
        page.Append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget approved\",\"datePublished\":\"2021-01-08\"}</script>");
        for (var i = 0; i < 20; i++)
        {
            page.Append("<script>window.dataLayer=window.dataLayer||[];function f").Append(i).Append("(){return '").Append(new string('x', 2000)).Append("';}</script>");
            page.Append("<style>.c").Append(i).Append("{margin:0;padding:").Append(i).Append("px;}").Append(new string(' ', 1000)).Append("</style>");
        }

        page.Append("</head><body><header class=\"site-header\"><nav class=\"main-nav\"><ul>");
        for (var i = 0; i < 60; i++)
        {
            page.Append("<li class=\"menu-item\"><a href=\"/section/").Append(i).Append("\">Section ").Append(i).Append("</a></li>");
        }

        page.Append("</ul></nav></header><main><article class=\"post\"><h1>Budget approved</h1><div class=\"byline\">By Jane Doe</div><div class=\"entry-content\">");
        for (var i = 0; i < 40; i++)
        {
            page.Append(i % 8 == 7 ? "<h2>" + Sentence(5) + "</h2>" : "<p>" + Sentence(20) + " " + Sentence(25) + " <a href=\"/x\">" + Sentence(3) + "</a> " + Sentence(15) + "</p>");
        }

        page.Append("<figure><img src=\"a.jpg\"><figcaption>The council chamber. Photo: J. Roe</figcaption></figure>");
        page.Append("</div><div class=\"share-bar\"><a href=\"#\">Facebook</a><a href=\"#\">Twitter</a></div></article>");
        page.Append("<section id=\"comments\">");
        for (var i = 0; i < 30; i++)
        {
            page.Append("<div class=\"comment\"><span class=\"author\">Reader ").Append(i).Append("</span><p>").Append(Sentence(30)).Append("</p></div>");
        }

        page.Append("</section></main><aside class=\"sidebar\"><h3>Most read</h3><ul>");
        for (var i = 0; i < 10; i++)
        {
            page.Append("<li><a href=\"/story/").Append(i).Append("\">").Append(Sentence(8)).Append("</a></li>");
        }

        page.Append("</ul></aside><footer><p>Copyright 2021 The Daily Example. All rights reserved.</p></footer></body></html>");
        return page.ToString();
    }
}
