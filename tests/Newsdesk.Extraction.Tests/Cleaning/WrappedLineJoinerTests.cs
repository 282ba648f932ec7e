using Newsdesk.Extraction.Cleaning;

namespace Newsdesk.Extraction.Tests.Cleaning;

public class WrappedLineJoinerTests
{
    [Fact]
    public void Join_RejoinsALineBrokenMidSentence() =>
        Assert.Equal(["The minister said the plan would go ahead next week."],
            WrappedLineJoiner.Join(["The minister said the plan", "would go ahead next week."]));

    [Fact]
    public void Join_KeepsHyphenatedWordsWhole() =>
        Assert.Equal(["A well-known case."], WrappedLineJoiner.Join(["A well-", "known case."]));

    [Theory]
    [InlineData("Prices rose.", "they fell later")]
    [InlineData("Ingredients", "- two eggs")]
    [InlineData("Step one", "Step two")]
    public void Join_KeepsSeparateLinesApart(string first, string second) =>
        Assert.Equal([first, second], WrappedLineJoiner.Join([first, second]));
}
