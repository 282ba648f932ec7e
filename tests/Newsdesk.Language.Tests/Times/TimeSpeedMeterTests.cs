using Newsdesk.Times;
using Newsdesk.Times.Evaluation;

namespace Newsdesk.Language.Tests.Times;

public sealed class TimeSpeedMeterTests
{
    [Fact]
    public void Measure_CountsEveryPassesCharactersAndReportsPositiveTimes()
    {
        // Text written for this test.
        var documents = new[]
        {
            new TimeMLDocument("a", "The talks ended on Friday after two years of work.", new DateOnly(2021, 1, 8), []),
            new TimeMLDocument("b", "Prices will rise next month, the bank said on Jan. 4.", new DateOnly(2021, 1, 8), []),
        };
        var speed = TimeSpeedMeter.Measure(documents, TimeRecognizer.Default, passes: 3, warmUpPasses: 1);
        Assert.Equal(documents.Sum(d => (long)d.Text.Length), speed.Characters);
        Assert.Equal(3, speed.Passes);
        Assert.True(speed.WarmSeconds > 0);
        Assert.True(speed.WallMegabytesPerSecond > 0);
    }

    [Fact]
    public void Measure_RejectsZeroPasses() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeSpeedMeter.Measure([], TimeRecognizer.Default, passes: 0));
}
