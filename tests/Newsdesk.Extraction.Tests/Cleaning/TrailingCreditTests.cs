using Newsdesk.Extraction.Cleaning;

namespace Newsdesk.Extraction.Tests.Cleaning;

public class TrailingCreditTests
{
    [Theory]
    [InlineData("Workers clear snow outside the station in the capital (Jane Roe/Example Agency via AP)")]
    [InlineData("The bridge at dawn on Tuesday (Photo: John Smith)")]
    [InlineData("Fans gather before the final (Getty Images)")]
    public void EndsWithCredit_FindsAgencyCredits(string line) => Assert.True(TrailingCredit.EndsWithCredit(line, out _));

    [Theory]
    [InlineData("The agency said the talks would resume (AP).")]
    [InlineData("Turnout was higher than in the last election (about 70 percent)")]
    [InlineData("He left early. (Reuters)")]
    public void EndsWithCredit_IgnoresSentencesThatCiteOrExplain(string line) =>
        Assert.False(TrailingCredit.EndsWithCredit(line, out _));
}
