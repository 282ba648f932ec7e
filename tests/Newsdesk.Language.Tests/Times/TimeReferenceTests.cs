using Newsdesk.Documents;
using Newsdesk.Times;

namespace Newsdesk.Language.Tests.Times;

/// <summary>Resolution against the story's own reference time and the tense cues fixed for issue 7's value F1.
/// Sentences written for these tests.</summary>
public sealed class TimeReferenceTests
{
    // Saturday 1998-08-08.
    private static readonly DateOnly _saturday = new(1998, 8, 8);

    private static TimeExpression Only(string text, string expression, DateOnly anchor)
    {
        var found = TimeRecognizer.Default.Recognize(text, anchor);
        var at = text.IndexOf(expression, StringComparison.Ordinal);
        return Assert.Single(found, t => t.Span.Start == at && t.Span.ToString(text) == expression);
    }

    [Theory]
    [InlineData("The plant opened in 1995. The following year it closed.", "The following year", "1996")]
    [InlineData("Talks began on March 3, 1997. The preceding day was calm.", "The preceding day", "1997-03-02")]
    [InlineData("Trading was heavy Friday, up from the previous Friday.", "the previous Friday", "1998-07-31")]
    [InlineData("The mill was built in 1971. That year the town grew.", "That year", "1971")]
    [InlineData("Shares fell on June 2, 1997. Later that same day they rose.", "Later that same day", "1997-06-02")]
    public void AnaphoricExpressions_CountFromTheLastNamedDate(string text, string expression, string value) =>
        Assert.Equal(value, Only(text, expression, _saturday).Value);

    [Fact]
    public void AnaphoricExpression_WithoutAFineEnoughReference_UsesTheArticleDate() =>
        // "1995" names a year, too coarse for "the following month".
        Assert.Equal("1998-09", Only("Sales rose in 1995. The following month they fell.", "The following month", _saturday).Value);

    [Fact]
    public void That_WithoutAnyReference_IsNoExpression() =>
        Assert.Empty(TimeRecognizer.Default.Recognize("He said that day traders lost money.", _saturday));

    [Fact]
    public void ClockTime_TakesTheLastNamedDay()
    {
        var text = "The bombs went off on Friday. The first blast came at about 10:35 a.m. near the embassy.";
        Assert.Equal("1998-08-07T10:35", Only(text, "about 10:35 a.m.", _saturday).Value);
    }

    [Theory]
    // "next to" and "due to" are prepositions, not plans: the weekday stays in the past.
    [InlineData("Dozens were killed in the blast next to the embassy on Friday.", "Friday", "1998-08-07")]
    [InlineData("Flights were cancelled due to the storm on Friday.", "Friday", "1998-08-07")]
    // The present perfect tells of the past.
    [InlineData("Police have been searching for him since the July 30 attack.", "July 30", "1998-07-30")]
    public void TenseCues(string text, string expression, string value) =>
        Assert.Equal(value, Only(text, expression, _saturday).Value);

    [Fact]
    public void BareMonth_OneMonthAhead_StaysInTheArticleYearDespiteAPastCue() =>
        Assert.Equal("1990-09", Only("It notified buyers of a cutback in its supply in September.", "September", new DateOnly(1990, 8, 16)).Value);

    [Theory]
    [InlineData("Supporters began a two day rally in the capital.", "two day", "P2D")]
    [InlineData("Stocks hit a five year low on Tuesday.", "five year", "P5Y")]
    public void UnhyphenatedNumberWordAdjective_IsADuration(string text, string expression, string value)
    {
        var found = Only(text, expression, _saturday);
        Assert.Equal(TimeType.Duration, found.Type);
        Assert.Equal(value, found.Value);
    }

    [Fact]
    public void DigitsBeforeASingularUnit_AreNoDuration() =>
        Assert.DoesNotContain(TimeRecognizer.Default.Recognize("The 1988 quarter was weak.", _saturday), t => t.Type == TimeType.Duration);

    [Fact]
    public void TheWeek_IsTheArticleYearsUnderspecifiedWeek() =>
        Assert.Equal("1998-WXX", Only("For the week, the index dropped 3.8%.", "the week", _saturday).Value);

    [Fact]
    public void YearPeriod_InEarningsNews_IsTheComparedQuarter()
    {
        var text = "Profit rose in the third quarter ended Sept. 30, from $4 million in the 1997 period.";
        Assert.Equal("1997-Q3", Only(text, "the 1997 period", _saturday).Value);
    }

    [Fact]
    public void DatelineWithColon_KeepsItsWeekdayAndDay() =>
        Assert.Equal("1998-04-25", Only("The Times said in an editorial on Saturday, April 25: The court erred.", "Saturday, April 25", _saturday).Value);

    [Fact]
    public void DecimalNumber_IsNoYear() =>
        Assert.DoesNotContain(TimeRecognizer.Default.Recognize("The index closed at 2082.1 points.", _saturday), t => t.Value == "2082");
}
