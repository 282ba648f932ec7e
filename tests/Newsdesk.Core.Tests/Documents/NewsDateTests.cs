using Newsdesk.Documents;

namespace Newsdesk.Core.Tests.Documents;

public sealed class NewsDateTests
{
    [Theory]
    [InlineData("2021-01-08")]
    [InlineData("2021-01-08T10:30")]
    [InlineData("2021-01-08T10:30:15")]
    [InlineData("2021-01-08T10:30Z")]
    [InlineData("2021-01-08T23:59:59Z")]
    [InlineData("2021-01-08T10:30+09:00")]
    [InlineData("2021-01-08T10:30:15-05:00")]
    [InlineData("2021-01-08T00:00+05:30")]
    public void NewsDate_FormatsWhatItParsedUnchanged(string iso)
    {
        Assert.True(NewsDate.TryParse(iso, out var date));

        Assert.Equal(iso, date.ToString());
    }

    [Theory]
    [InlineData("2021-01-08", "2021-01-08")]
    [InlineData("2021/01/08", "2021-01-08")]
    [InlineData("20210108", "2021-01-08")]
    [InlineData("2021.01.08", "2021-01-08")]
    [InlineData("  2021-01-08  ", "2021-01-08")]
    [InlineData("2021-01-08 10:30:00", "2021-01-08T10:30")]
    [InlineData("2021-01-08t10:30:00z", "2021-01-08T10:30Z")]
    [InlineData("2021-01-08T10:30:00+0900", "2021-01-08T10:30+09:00")]
    [InlineData("2021-01-08T10:30:00.250Z", "2021-01-08T10:30:00Z")]
    public void NewsDate_ParsesIsoVariantsToCanonicalForm(string input, string expected)
    {
        Assert.True(NewsDate.TryParse(input, out var date));

        Assert.Equal(expected, date.ToString());
    }

    [Fact]
    public void NewsDate_KeepsTheDayTheSourcePrintedWhateverTheOffset()
    {
        // 23:30 at -05:00 is already the next day in UTC; the article's day stays the one it printed.
        Assert.True(NewsDate.TryParse("2021-01-08T23:30-05:00", out var date));

        Assert.Equal(new DateOnly(2021, 1, 8), date.Day);
        Assert.Equal(new TimeOnly(23, 30), date.TimeOfDay);
        Assert.Equal(TimeSpan.FromHours(-5), date.Offset);
    }

    [Fact]
    public void NewsDate_WithoutOffsetHasNoOffset()
    {
        Assert.True(NewsDate.TryParse("2021-01-08T10:30", out var date));

        Assert.Null(date.Offset);
        Assert.Equal(new TimeOnly(10, 30), date.TimeOfDay);
    }

    [Fact]
    public void NewsDate_DayOnlyHasNoTime()
    {
        Assert.True(NewsDate.TryParse("2021-01-08", out var date));

        Assert.Null(date.TimeOfDay);
        Assert.Null(date.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2021")]
    [InlineData("2021-01")]
    [InlineData("2021-13-01")]
    [InlineData("2021-02-30")]
    [InlineData("January 8, 2021")]
    [InlineData("2021-01-08X10:30")]
    [InlineData("2021-01-08T25:00")]
    [InlineData("2021-01-08Tnoon")]
    [InlineData("not a date at all")]
    public void NewsDate_RejectsWhatIsNotAnIsoDate(string input)
    {
        Assert.False(NewsDate.TryParse(input, out _));
    }

    [Fact]
    public void NewsDate_FromDateTimeOffsetKeepsLocalClockAndOffset()
    {
        var date = NewsDate.FromDateTimeOffset(new DateTimeOffset(2021, 1, 8, 10, 0, 0, TimeSpan.FromHours(9)));

        Assert.Equal("2021-01-08T10:00+09:00", date.ToString());
    }

    [Fact]
    public void NewsDate_OrdersByDayOnly()
    {
        var morning = new NewsDate(new DateOnly(2021, 1, 8), new TimeOnly(8, 0));
        var evening = new NewsDate(new DateOnly(2021, 1, 8), new TimeOnly(20, 0));
        var nextDay = new NewsDate(new DateOnly(2021, 1, 9));

        Assert.Equal(0, morning.CompareTo(evening));
        Assert.True(morning < nextDay);
        Assert.True(nextDay >= evening);
        Assert.True(morning <= evening);
        Assert.False(morning > evening);
    }
}
