using Newsdesk.Documents;
using Newsdesk.Text;

namespace Newsdesk.Core.Tests.Documents;

public sealed class QuoteTests
{
    private const string Text = "“We will win,” Telford said. “The vote is ours.”";

    [Fact]
    public void Words_OfAContinuousQuote_IsItsContent()
    {
        var quote = new Quote(new TextSpan(0, 14), true, null, null);

        Assert.Equal("“We will win,”", quote.Words(Text));
        Assert.Equal([new TextSpan(0, 14)], quote.Pieces.ToArray());
        Assert.False(quote.IsDiscontinuous);
    }

    [Fact]
    public void Words_OfADiscontinuousQuote_JoinsItsPiecesWithoutTheAttribution()
    {
        var quote = new Quote(new TextSpan(0, Text.Length), true, new TextSpan(23, 27), null,
            Parts: [new TextSpan(0, 14), new TextSpan(29, Text.Length)]);

        Assert.Equal("“We will win,” … “The vote is ours.”", quote.Words(Text));
        Assert.True(quote.IsDiscontinuous);
    }
}
