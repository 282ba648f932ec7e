using Newsdesk.Diagnostics;

namespace Newsdesk.Ingest.Tests.Feeds;

public sealed class FeedSecurityTests
{
    [Fact]
    public void BillionLaughs_IsRefusedWithoutExpansion()
    {
        const string attack = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss><channel><item><title>Safe</title></item><item><title>&lol9;</title></item></channel></rss>
            """;

        var result = FeedTestReading.Read(attack);

        Assert.Equal("Safe", Assert.Single(result.Entries).Metadata.Title);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(DiagnosticCodes.MalformedFeed, failure.Diagnostics[0].Code);
        Assert.Contains("lol9", failure.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExternalEntity_IsNeverResolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET");
        try
        {
            var attack = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
                <rss><channel><item><title>&xxe;</title><description>x</description></item></channel></rss>
                """;

            var result = FeedTestReading.Read(attack);

            Assert.Empty(result.Entries);
            Assert.DoesNotContain(result.Documents, d => (d.Content ?? "").Contains("TOP-SECRET", StringComparison.Ordinal)
                || (d.Metadata.Title ?? "").Contains("TOP-SECRET", StringComparison.Ordinal));
            Assert.Equal(DiagnosticCodes.MalformedFeed, Assert.Single(result.Failures).Diagnostics[0].Code);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void HarmlessDoctype_DoesNotStopAnOldFeed()
    {
        const string rss091 = """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old</title><item><title>Still read</title><link>http://old.example.com/1</link></item></channel></rss>
            """;

        Assert.Equal("Still read", Assert.Single(FeedTestReading.Read(rss091).Entries).Metadata.Title);
    }
}
