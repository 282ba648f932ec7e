using Newsdesk.Storage.Sqlite;

namespace Newsdesk.Storage.Tests.Sqlite;

public sealed class TimexPeriodTests
{
    [Theory]
    [InlineData("2021", "2021-01-01", "2021-12-31")]
    [InlineData("2021-01", "2021-01-01", "2021-01-31")]
    [InlineData("2021-02", "2021-02-01", "2021-02-28")]
    [InlineData("2020-02", "2020-02-01", "2020-02-29")]
    [InlineData("2021-01-08", "2021-01-08", "2021-01-08")]
    [InlineData("2021-01-08T10:30", "2021-01-08", "2021-01-08")]
    [InlineData("2021-W01", "2021-01-04", "2021-01-10")]
    [InlineData("2020-W53", "2020-12-28", "2021-01-03")]
    [InlineData("2021-Q1", "2021-01-01", "2021-03-31")]
    [InlineData("2021-Q4", "2021-10-01", "2021-12-31")]
    [InlineData("2021-H2", "2021-07-01", "2021-12-31")]
    [InlineData("2021-SP", "2021-03-01", "2021-05-31")]
    [InlineData("2021-SU", "2021-06-01", "2021-08-31")]
    [InlineData("2021-FA", "2021-09-01", "2021-11-30")]
    [InlineData("2021-WI", "2021-12-01", "2022-02-28")]
    [InlineData("199", "1990-01-01", "1999-12-31")]
    [InlineData("19", "1900-01-01", "1999-12-31")]
    public void TimexPeriod_GivesTheFirstAndLastDayOfAPeriod(string value, string first, string last)
    {
        Assert.True(TimexPeriod.TryParse(value, out var firstDay, out var lastDay));

        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), firstDay);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), lastDay);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("P2Y")]
    [InlineData("PRESENT_REF")]
    [InlineData("XXXX-01-08")]
    [InlineData("2021-13")]
    [InlineData("2021-00")]
    [InlineData("2021-02-30")]
    [InlineData("2021-W60")]
    [InlineData("2021-Q5")]
    [InlineData("0000")]
    [InlineData("20210")]
    [InlineData("2021-XX")]
    public void TimexPeriod_NamesNoPeriodForOtherValues(string? value)
    {
        Assert.False(TimexPeriod.TryParse(value, out _, out _));
    }

    [Theory]
    [InlineData("00")]
    [InlineData("000")]
    [InlineData("9999-12")]
    [InlineData("9999-Q4")]
    [InlineData("9999-H2")]
    [InlineData("9999-WI")]
    [InlineData("9999-FA")]
    public void TimexPeriod_NeverThrowsAtTheEdgesOfTheCalendar(string value)
    {
        var exception = Record.Exception(() => TimexPeriod.TryParse(value, out _, out _));

        Assert.Null(exception);
    }
}
