using Newsdesk.Language.Quotes;

namespace Newsdesk.Language.Tests.Quotes;

public sealed class QuotedSpanScannerTests
{
    [Theory]
    [InlineData("He said, \"We will win.\" Then he left.", "We will win.")]
    [InlineData("He said, “We will win.” Then he left.", "We will win.")]
    [InlineData("Er sagte: „Wir gewinnen.“ Dann ging er.", "Wir gewinnen.")]
    [InlineData("Il a dit : « Nous gagnerons. » Puis il est parti.", "Nous gagnerons.")]
    public void Scanner_FindsDoubleQuotesOfEveryStyle(string text, string inner)
    {
        var spans = QuotedSpanScanner.Scan(text);

        var span = Assert.Single(spans);
        Assert.Equal(inner, span.Inner.ToString(text));
        Assert.True(span.IsClosed);
    }

    [Fact]
    public void Scanner_KeepsNestedSingleQuotesInsideTheOuterQuote()
    {
        const string text = "“The new government says, ‘Oh my gosh, the cupboards are bare.’ So I think,” Telford said.";

        var span = Assert.Single(QuotedSpanScanner.Scan(text));

        Assert.StartsWith("The new government says, ‘Oh my gosh", span.Inner.ToString(text), StringComparison.Ordinal);
        Assert.EndsWith("So I think,", span.Inner.ToString(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Scanner_JoinsParagraphsWhenTheOpeningMarkIsRepeated()
    {
        const string text = "“First paragraph of the speech.\n\n“Second paragraph of it,” she said.";

        var span = Assert.Single(QuotedSpanScanner.Scan(text));

        Assert.Equal(2, span.Lines);
        Assert.Equal(0, span.Outer.Start);
        Assert.Equal(text.IndexOf('”', StringComparison.Ordinal) + 1, span.Outer.End);
    }

    [Theory]
    [InlineData("She said: “The rate is 30 percent.“ Then she left.", "The rate is 30 percent.")]
    [InlineData("“We lost,“ he said. “Next year.”", "We lost,")]
    public void Scanner_AnOpeningMarkThatEndsAWordClosesTheQuote(string text, string inner)
    {
        var first = QuotedSpanScanner.Scan(text)[0];

        Assert.Equal(inner, first.Inner.ToString(text));
        Assert.True(first.IsClosed);
    }

    [Fact]
    public void Scanner_ClosesAnUnterminatedQuoteAtTheEndOfItsLine()
    {
        const string text = "“The process is badly flawed.\n\nThe engagement period was extended.";

        var span = Assert.Single(QuotedSpanScanner.Scan(text));

        Assert.False(span.IsClosed);
        Assert.Equal("“The process is badly flawed.", span.Outer.ToString(text));
    }

    [Theory]
    [InlineData("The mayor didn’t correct himself and the Joneses’ house stayed.")]
    [InlineData("It's the '90s and rock 'n roll.")]
    public void Scanner_IgnoresApostrophes(string text)
    {
        Assert.Empty(QuotedSpanScanner.Scan(text));
    }
}
