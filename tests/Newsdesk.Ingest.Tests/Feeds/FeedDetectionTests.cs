using System.Text;

namespace Newsdesk.Ingest.Tests.Feeds;

public sealed class FeedDetectionTests
{
    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", InputFormat.Feed)]
    [InlineData("<?xml version=\"1.0\"?><!-- generator: x --><feed xmlns=\"http://www.w3.org/2005/Atom\"/>", InputFormat.Feed)]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>", InputFormat.Feed)]
    [InlineData("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"x.dtd\"><rss version=\"0.91\"/>", InputFormat.Feed)]
    [InlineData("<!DOCTYPE html><!-- <feed> mentioned --><html><head></head></html>", InputFormat.Html)]
    [InlineData("<html><head><link rel=\"alternate\" type=\"application/rss+xml\"></head></html>", InputFormat.Html)]
    [InlineData("WARC/1.0\r\nWARC-Type: warcinfo\r\n", InputFormat.Warc)]
    public void Content_DecidesTheFormat(string head, InputFormat expected) =>
        Assert.Equal(expected, FormatDetector.FromContent(Encoding.UTF8.GetBytes(head)));
}
