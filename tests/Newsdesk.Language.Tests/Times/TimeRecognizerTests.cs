using Newsdesk.Documents;
using Newsdesk.Times;

namespace Newsdesk.Language.Tests.Times;

public sealed class TimeRecognizerTests
{
    // Friday 2021-01-08, the seed's date.
    private static readonly DateOnly _friday = new(2021, 1, 8);

    private static TimeExpression Only(string text, string expression, DateOnly? anchor = null)
    {
        var found = TimeRecognizer.Default.Recognize(text, anchor ?? _friday);
        var at = text.IndexOf(expression, StringComparison.Ordinal);
        return Assert.Single(found, t => t.Span.Start == at && t.Span.ToString(text) == expression);
    }

    [Theory]
    [InlineData("The minister resigned on Tuesday.", "Tuesday", "2021-01-05")]
    [InlineData("The minister will resign on Tuesday.", "Tuesday", "2021-01-12")]
    [InlineData("The talks ended on Friday.", "Friday", "2021-01-08")]
    [InlineData("The talks ended last Friday.", "last Friday", "2021-01-01")]
    [InlineData("The talks resume next Monday.", "next Monday", "2021-01-11")]
    [InlineData("He criticised Wednesday's ruling and will appeal.", "Wednesday", "2021-01-06")]
    public void Weekday_FollowsTheTenseOfItsSentence(string text, string expression, string value) =>
        Assert.Equal(value, Only(text, expression).Value);

    [Theory]
    [InlineData("The plant closed in March.", "March", "2020-03")]
    [InlineData("The plant closed in December.", "December", "2020-12")]
    [InlineData("Elections will be held in November.", "November", "2021-11")]
    [InlineData("The vote is set for Feb. 10.", "Feb. 10", "2021-02-10")]
    [InlineData("The deal closed on Aug. 7, 1998.", "Aug. 7, 1998", "1998-08-07")]
    [InlineData("Shares are payable Dec. 7 to holders.", "Dec. 7", "2021-12-07")]
    public void MonthWithoutYear_TakesTheYearTheSentenceMakesTrue(string text, string expression, string value) =>
        Assert.Equal(value, Only(text, expression).Value);

    [Theory]
    [InlineData("It happened on 2020-11-03 in Ohio.", "2020-11-03", "2020-11-03")]
    [InlineData("It happened on 20/01/2021 in Ohio.", "20/01/2021", "2021-01-20")]
    [InlineData("It happened in 1998.", "1998", "1998")]
    [InlineData("Prices rose in the 1990s.", "the 1990s", "199")]
    [InlineData("Growth slowed in the third quarter.", "the third quarter", "2020-Q3")]
    [InlineData("Third-quarter profit fell.", "Third-quarter", "2020-Q3")]
    [InlineData("Sales fell last year.", "last year", "2020")]
    [InlineData("Sales fell last week.", "last week", "2020-W53")]
    [InlineData("Sales rose this month.", "this month", "2021-01")]
    [InlineData("It was quiet last summer.", "last summer", "2020-SU")]
    [InlineData("He was born in the 20th century.", "the 20th century", "19")]
    [InlineData("The report came yesterday.", "yesterday", "2021-01-07")]
    [InlineData("The firm was sold two years ago.", "two years ago", "2019")]
    [InlineData("The board met on Christmas Eve.", "Christmas Eve", "2020-12-24")]
    [InlineData("The treaty was signed in nineteen ninety-six.", "nineteen ninety-six", "1996")]
    public void Date_IsNormalisedToTimex3(string text, string expression, string value)
    {
        var found = Only(text, expression);
        Assert.Equal(TimeType.Date, found.Type);
        Assert.Equal(value, found.Value);
    }

    [Theory]
    [InlineData("The talks stalled for about two years.", "about two years", "P2Y")]
    [InlineData("A new five-year plan was announced.", "five-year", "P5Y")]
    [InlineData("The strike lasted 5 1/2 hours.", "5 1/2 hours", "PT5.5H")]
    [InlineData("Sales rose in the past two months.", "the past two months", "P2M")]
    [InlineData("It took a few days.", "a few days", "PXD")]
    [InlineData("Profit for the first nine months rose.", "the first nine months", "P9M")]
    [InlineData("The storm lasted twenty-four hours.", "twenty-four hours", "PT24H")]
    public void Duration_IsNormalisedToTimex3(string text, string expression, string value)
    {
        var found = Only(text, expression);
        Assert.Equal(TimeType.Duration, found.Type);
        Assert.Equal(value, found.Value);
    }

    [Theory]
    [InlineData("A 6-year-old boy was found.")]
    [InlineData("Mr. Smith, 52 years old, will retire.")]
    [InlineData("She may come back.")]
    [InlineData("Prices fall when demand drops.")]
    [InlineData("The company paid $1998 in fees.")]
    public void NonTemporalUses_AreNotExpressions(string text) =>
        Assert.DoesNotContain(TimeRecognizer.Default.Recognize(text, _friday), t => t.Type != TimeType.Date || t.Value != "PRESENT_REF");

    [Theory]
    [InlineData("The meeting starts at 10:35 a.m. Tuesday.", "10:35 a.m. Tuesday", TimeType.Time, "2021-01-05T10:35")]
    [InlineData("It ended at 6 p.m.", "6 p.m.", TimeType.Time, "2021-01-08T18:00")]
    [InlineData("Shots were heard this morning.", "this morning", TimeType.Time, "2021-01-08TMO")]
    [InlineData("The paper appears daily.", "daily", TimeType.Set, "P1D")]
    [InlineData("They meet every Monday.", "every Monday", TimeType.Set, "XXXX-WXX-1")]
    [InlineData("It costs $5 a year.", "a year", TimeType.Set, "P1Y")]
    [InlineData("The crisis is now over.", "now", TimeType.Date, "PRESENT_REF")]
    [InlineData("Prices recently doubled.", "recently", TimeType.Date, "PAST_REF")]
    public void TimesSetsAndFuzzyReferences_AreRecognised(string text, string expression, TimeType type, string value)
    {
        var found = Only(text, expression);
        Assert.Equal(type, found.Type);
        Assert.Equal(value, found.Value);
    }

    [Fact]
    public void OnFriday_LeavesThePrepositionOutOfTheExtent()
    {
        var found = Assert.Single(TimeRecognizer.Default.Recognize("KCNA said on Friday.", _friday));
        Assert.Equal(new Text.TextSpan(13, 19), found.Span);
    }

    [Fact]
    public void WithoutAnchor_RelativeExpressionsStayUnderspecified()
    {
        var found = TimeRecognizer.Default.Recognize("He left on Friday and returns in March. He won in 1998.", anchor: null);
        Assert.Equal(["XXXX-WXX-5", "XXXX-03", "1998"], found.Select(t => t.Value));
    }

    [Fact]
    public void YearEarlier_InEarningsNews_IsTheSameQuarterAYearBefore()
    {
        var text = "Third-quarter profit rose 5% from a year earlier.";
        Assert.Equal("2019-Q3", Only(text, "a year earlier", new DateOnly(2020, 10, 20)).Value);
    }

    [Fact]
    public void LongSentence_IsScannedInPieces()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 3000)) + "on Friday";
        var found = new TimeRecognizer(TimeOptions.Default with { MaxSentenceLength = 100 }).Recognize(text, _friday);
        Assert.Equal("2021-01-08", Assert.Single(found).Value);
    }
}
