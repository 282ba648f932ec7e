using Newsdesk.Documents;
using Newsdesk.Extraction.Cleaning;
using Newsdesk.Extraction.Cleaning.Features;

namespace Newsdesk.Extraction.Tests.Cleaning;

/// <summary>
/// Ordinary words of news prose that also name boilerplate ("comment", "reply", "trending", "correspondent") are
/// evidence only where the line reads as a label. Before they were label words, "A spokesman declined to comment." was
/// removed as <c>comment</c>.
/// </summary>
public class LabelWordTests
{
    private static readonly int CommentClass = ClassIndex(RemovalReasons.Comment);
    private static readonly int RelatedClass = ClassIndex(RemovalReasons.Related);
    private static readonly int BylineClass = ClassIndex(RemovalReasons.Byline);

    [Theory]
    [InlineData("A spokesman declined to comment.")]
    [InlineData("The company did not reply to requests for comment.")]
    [InlineData("Replies to the survey came from 40 countries.")]
    [InlineData("Shares in the company were trending lower on Friday.")]
    [InlineData("She worked as a war correspondent in Beirut for a decade.")]
    [InlineData("Comment is free, but facts are sacred, the editor wrote.")]
    public void Vocabulary_IgnoresLabelWordsInsideASentence(string line)
    {
        var vocabulary = ProfileOf(line).Vocabulary;
        Assert.Equal(0, vocabulary[CommentClass]);
        Assert.Equal(0, vocabulary[RelatedClass]);
        Assert.Equal(0, vocabulary[BylineClass]);
    }

    [Theory]
    [InlineData("Comments (12)", RemovalReasons.Comment)]
    [InlineData("Reply", RemovalReasons.Comment)]
    [InlineData("12 Comments", RemovalReasons.Comment)]
    [InlineData("View 3 replies", RemovalReasons.Comment)]
    [InlineData("Trending: Storm closes the coast road", RemovalReasons.Related)]
    [InlineData("Foreign Correspondent", RemovalReasons.Byline)]
    public void Vocabulary_CountsLabelWordsThatLabelTheLine(string line, string reason)
    {
        Assert.NotEqual(0, ProfileOf(line).Vocabulary[ClassIndex(reason)]);
    }

    [Fact]
    public void Clean_KeepsAStoryEndingInDeclinedToComment()
    {
        const string Last = "A spokesman declined to comment.";
        var text = string.Join("\n\n", [.. CleaningTestText.ArticleParagraphs, Last]);

        var result = new TextCleaner(CleaningOptions.Default).Clean(text, []);

        Assert.DoesNotContain(result.Removed("cleaning"), r => r.Text == Last);
        Assert.EndsWith(Last, result.Text, StringComparison.Ordinal);
    }

    private static UnitProfile ProfileOf(string line) =>
        UnitFeatures.Profile([new CleaningUnit(line, 0, ParagraphKind.Body)], SiteBoilerplateIndex.Empty)[0];

    private static int ClassIndex(string reason) =>
        BoilerplateVocabulary.All.ToList().FindIndex(c => c.Reason == reason);
}
