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

    // Short stories written for this test. Before "comment" was a label word, the cleaner removed their last line as a
    // comment control (reason `comment`). The retrained model still removes short lines of very short stories by their
    // form alone (reason `boilerplate`, docs/benchmarks/cleaning.md, session 3 accuracy): that is a separate weakness,
    // so this test pins only what the label words changed.
    [Theory]
    [InlineData("The mayor resigned on Friday.|She gave no reason.")]
    [InlineData("Storm Ciarán closed schools across the region on Thursday, officials said.|Rail services were suspended until further notice.|The Met Office issued an amber warning for wind.")]
    public void Clean_DoesNotTakeDeclinedToCommentForACommentControl(string story)
    {
        const string Last = "A spokesman declined to comment.";
        var text = string.Join("\n\n", [.. story.Split('|'), Last]);

        var result = new TextCleaner(CleaningOptions.Default).Clean(text, []);

        Assert.DoesNotContain(result.Removed("cleaning"), r => r.Text == Last && r.Reason == RemovalReasons.Comment);
    }

    [Fact]
    public void Clean_KeepsDeclinedToCommentAtTheEndOfAnArticle()
    {
        const string Last = "A spokesman declined to comment.";
        var text = string.Join("\n\n", [.. CleaningTestText.ArticleParagraphs, Last]);

        var result = new TextCleaner(CleaningOptions.Default).Clean(text, []);

        Assert.EndsWith(Last, result.Text, StringComparison.Ordinal);
    }

    private static UnitProfile ProfileOf(string line) =>
        UnitFeatures.Profile([new CleaningUnit(line, 0, ParagraphKind.Body)], SiteBoilerplateIndex.Empty)[0];

    private static int ClassIndex(string reason) =>
        BoilerplateVocabulary.All.ToList().FindIndex(c => c.Reason == reason);
}
