using System.Text;

namespace Newsdesk.Ingest.Tests.Inputs;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData("WARC/1.1\r\nWARC-Type: response\r\n", InputFormat.Warc)]
    [InlineData("{\"id\":\"a\",\"text\":\"x\"}\n", InputFormat.Jsonl)]
    [InlineData("\uFEFF  \n{\"id\":\"a\"}", InputFormat.Jsonl)]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", InputFormat.Feed)]
    [InlineData("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", InputFormat.Feed)]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", InputFormat.Feed)]
    [InlineData("<!DOCTYPE html><html lang=\"en\">", InputFormat.Html)]
    [InlineData("  <html><head><title>x</title>", InputFormat.Html)]
    [InlineData("<body><p>fragment</p></body>", InputFormat.Html)]
    public void FormatDetector_RecognisesFormatsFromContent(string head, InputFormat expected)
    {
        Assert.Equal(expected, FormatDetector.FromContent(Encoding.UTF8.GetBytes(head)));
    }

    [Theory]
    [InlineData("date 2021-01-08 Some text")]
    [InlineData("<p>just a paragraph</p>")]
    [InlineData("")]
    [InlineData("   \n")]
    public void FormatDetector_LeavesAmbiguousContentUndecided(string head)
    {
        Assert.Null(FormatDetector.FromContent(Encoding.UTF8.GetBytes(head)));
    }

    [Theory]
    [InlineData("a.txt", InputFormat.Text)]
    [InlineData("a.TEXT", InputFormat.Text)]
    [InlineData("a.jsonl", InputFormat.Jsonl)]
    [InlineData("a.ndjson", InputFormat.Jsonl)]
    [InlineData("a.jsonl.gz", InputFormat.Jsonl)]
    [InlineData("a.HTML", InputFormat.Html)]
    [InlineData("a.htm.gz", InputFormat.Html)]
    [InlineData("crawl.warc.gz", InputFormat.Warc)]
    [InlineData("feed.rss", InputFormat.Feed)]
    [InlineData("feed.atom", InputFormat.Feed)]
    public void FormatDetector_MapsExtensions(string name, InputFormat expected)
    {
        Assert.Equal(expected, FormatDetector.FromExtension(name));
    }

    [Theory]
    [InlineData("README")]
    [InlineData("a.gz")]
    [InlineData("a.pdf")]
    public void FormatDetector_KnowsNoFormatForOtherExtensions(string name)
    {
        Assert.Null(FormatDetector.FromExtension(name));
    }

    [Theory]
    [InlineData("story.jsonl", "{\"id\":1,\"text\":\"x\"}", InputFormat.Jsonl)]
    [InlineData("story.txt", "{\"id\":1,\"text\":\"x\"}", InputFormat.Jsonl)]
    [InlineData("page.txt", "<!doctype html><html>", InputFormat.Html)]
    [InlineData("page.html", "<p>fragment</p>", InputFormat.Html)]
    [InlineData("notes.jsonl", "plain words", InputFormat.Jsonl)]
    [InlineData("notes", "plain words", InputFormat.Text)]
    [InlineData("notes.unknown", "plain words", InputFormat.Text)]
    public void FormatDetector_LetsUnambiguousContentWinThenTheExtensionThenText(string name, string head, InputFormat expected)
    {
        Assert.Equal(expected, FormatDetector.Detect(name, Encoding.UTF8.GetBytes(head)));
    }

    [Fact]
    public void FormatDetector_CallsBytesWithNulBinary()
    {
        Assert.True(FormatDetector.LooksBinary([0x7F, (byte)'E', (byte)'L', (byte)'F', 0, 1]));
        Assert.False(FormatDetector.LooksBinary("plain text"u8));
    }

    [Fact]
    public void FormatDetector_DoesNotCallUtf16TextBinary()
    {
        byte[] utf16 = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("text")];

        Assert.True(utf16.Contains((byte)0));
        Assert.False(FormatDetector.LooksBinary(utf16));
    }
}
