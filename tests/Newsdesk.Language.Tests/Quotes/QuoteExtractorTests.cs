using System.Collections.Immutable;
using Newsdesk.Documents;
using Newsdesk.Language.Quotes;
using Newsdesk.Language.Sentences;
using Newsdesk.Language.Tokenization;
using Newsdesk.Text;

namespace Newsdesk.Language.Tests.Quotes;

public sealed class QuoteExtractorTests
{
    internal static ImmutableArray<Quote> Extract(string text, ImmutableArray<Entity> entities = default)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        var sentences = new SentenceSplitter().Split(text, tokens, ParagraphSplitter.Split(text));
        return new QuoteExtractor().Extract(text, sentences, entities.IsDefault ? [] : entities);
    }

    private static string Content(string text, Quote quote) => quote.Content.ToString(text);

    private static string? Speaker(string text, Quote quote) => quote.Speaker?.Mention.ToString(text);

    [Theory]
    [InlineData("“We will win,” said Mr Kim.", "Mr Kim", "said")]
    [InlineData("“We will win,” Telford said.", "Telford", "said")]
    [InlineData("“We will win,” the minister told reporters.", "the minister", "told")]
    [InlineData("Rival candidate Bruce Hayne joked in his turn, “It was a twinkle in some engineer’s eye.”", "Bruce Hayne", "joked")]
    [InlineData("Cindy Dalglish said: “The statements vary greatly from the truth.”", "Cindy Dalglish", "said")]
    [InlineData("“We will win,” according to the agency.", "the agency", "according to")]
    public void DirectQuote_IsAttributedOnEitherSide(string text, string speaker, string cue)
    {
        var quote = Assert.Single(Extract(text));

        Assert.True(quote.Direct);
        Assert.Equal(speaker, Speaker(text, quote));
        Assert.Equal(cue, quote.Cue?.ToString(text));
    }

    [Theory]
    [InlineData("Mr Kim said the country’s external relations needed to be expanded.", "the country’s external relations needed to be expanded", "Mr Kim")]
    [InlineData("Stanovaya noted that Putin’s talk reflected growing instability.", "that Putin’s talk reflected growing instability", "Stanovaya")]
    [InlineData("The agency told CTV News it has not done any such study.", "it has not done any such study", "The agency")]
    [InlineData("Freeland urged all Canadians to consult the travel advisory.", "to consult the travel advisory", "Freeland")]
    [InlineData("Experts say North Korea may reach out to South Korea first.", "North Korea may reach out to South Korea first", "Experts")]
    [InlineData("The employee contacted police after midnight, Lohmar said.", "The employee contacted police after midnight", "Lohmar")]
    [InlineData("The retail sector employed 226,000 youth, according to the study.", "The retail sector employed 226,000 youth", "the study")]
    [InlineData("Patrice Lindsay, director of the Heart and Stroke Foundation, said families suffer financially too.", "families suffer financially too", "Patrice Lindsay")]
    public void ReportedSpeech_FindsContentAndSpeaker(string text, string content, string speaker)
    {
        var quote = Assert.Single(Extract(text));

        Assert.False(quote.Direct);
        Assert.Equal(content, Content(text, quote));
        Assert.Equal(speaker, Speaker(text, quote));
    }

    [Fact]
    public void ReportedSpeech_SplitsCoordinatedCuesWithTheSameSubject()
    {
        const string text = "Mr Kim admitted his previous plans had failed and vowed to lay out a new plan.";

        var quotes = Extract(text);

        Assert.Equal(["his previous plans had failed", "to lay out a new plan"], quotes.Select(q => Content(text, q)));
        Assert.All(quotes, q => Assert.Equal("Mr Kim", Speaker(text, q)));
    }

    [Theory]
    [InlineData("His claims seem to further his political agenda.")]
    [InlineData("A claim the city's debt is higher could support the cuts.")]
    [InlineData("Musk’s tweet the previous month drew a securities fraud charge.")]
    [InlineData("The clubs were told the council would proceed with its budget.")]
    public void ReportedSpeech_IgnoresNounUsesOfCueWords(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Theory]
    [InlineData("The so-called “Big O” stadium sold out again.")]
    [InlineData("He appeared on NBC’s “Today” show on Wednesday.")]
    public void ScareQuotesAndTitles_AreNotSpeech(string text)
    {
        Assert.Empty(Extract(text).Where(q => q.Direct));
    }

    [Fact]
    public void PartialQuote_WithANamingCue_IsAttributed()
    {
        const string text = "President-elect Joe Biden, who takes office on January 20, has called Mr Kim a “thug” and is unlikely to meet him.";

        var quote = Assert.Single(Extract(text));

        Assert.Equal("“thug”", Content(text, quote));
        Assert.Equal("President-elect Joe Biden", Speaker(text, quote));
    }

    [Fact]
    public void MixedQuote_IsReportedSpeechContainingThePartialQuote()
    {
        const string text = "Gillis said the response to the video has been “amazing.”";

        var quote = Assert.Single(Extract(text));

        Assert.False(quote.Direct);
        Assert.Equal("the response to the video has been “amazing.”", Content(text, quote));
    }

    [Fact]
    public void FloatingQuote_InTheNextParagraph_InheritsThePreviousSpeakerWithoutACue()
    {
        const string text = "“It’s this for sure,” he said.\n\n“I’ve gotten used to it more over the years, but not at first.”";

        var quotes = Extract(text);

        Assert.Equal(2, quotes.Length);
        Assert.Null(quotes[1].Cue);
        Assert.Equal("he", Speaker(text, quotes[1]));
    }

    // Written for these tests: quotes interrupted by their attribution, in the patterns of English news.
    [Theory]
    [InlineData("“The budget is not enough,” said Mayor Ann Lee. “We need more money for the roads.”",
        "“The budget is not enough,”|“We need more money for the roads.”", "Mayor Ann Lee", "said")]
    [InlineData("“The budget is not enough,” Lee said, “and the roads will suffer for it.”",
        "“The budget is not enough,”|“and the roads will suffer for it.”", "Lee", "said")]
    [InlineData("“The budget is not enough,” Lee added. “We need more money for the roads.”",
        "“The budget is not enough,”|“We need more money for the roads.”", "Lee", "added")]
    [InlineData("“The budget is not enough,” Lee said on CBC’s “The House.” “We need more money for the roads.”",
        "“The budget is not enough,”|“We need more money for the roads.”", "Lee", "said")]
    [InlineData("“The budget is not enough,” said Lee, who chairs the committee, recalling last winter: “We ran out of salt by January.”",
        "“The budget is not enough,”|“We ran out of salt by January.”", "Lee", "said")]
    [InlineData("“The budget is not enough,” Lee told reporters in Jackson, Miss. “We need more money for the roads.”",
        "“The budget is not enough,”|“We need more money for the roads.”", "Lee", "told")]
    [InlineData("“I would,” Lee said. “I would, Donald.”", "“I would,”|“I would, Donald.”", "Lee", "said")]
    [InlineData("\"The budget is not enough,\" Lee said. The council meets again in May. \"We need more money for the roads.\"",
        "\"The budget is not enough,\"|\"We need more money for the roads.\"", "Lee", "said")]
    public void DiscontinuousQuote_IsOneQuoteWithItsPieces(string text, string pieces, string speaker, string cue)
    {
        var quote = Assert.Single(Extract(text));

        Assert.True(quote.Direct);
        Assert.Equal(pieces.Split('|'), quote.Parts.Select(p => p.ToString(text)));
        Assert.Equal(new TextSpan(quote.Parts[0].Start, quote.Parts[^1].End), quote.Content);
        Assert.Equal(speaker, Speaker(text, quote));
        Assert.Equal(cue, quote.Cue?.ToString(text));
        Assert.Equal(string.Join(Quote.PieceSeparator, pieces.Split('|')), quote.Words(text));
    }

    [Theory]
    [InlineData("“The budget is not enough,” Lee said.\n\n“Nobody told us,” Park said.")]
    [InlineData("“The budget is not enough,” Lee said. Park disagreed, saying the roads are fine. “We can wait a year.”")]
    [InlineData("“The budget is not enough,” Lee said. “We can wait a year,” Park replied.")]
    [InlineData("Lee said: “The budget is not enough.” “We can wait a year,” Park replied.")]
    public void SeparateStatements_AreNotJoined(string text)
    {
        var quotes = Extract(text).Where(q => q.Direct).ToList();

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.False(q.IsDiscontinuous));
    }

    [Fact]
    public void MultiParagraphQuote_IsOneContinuousQuote()
    {
        const string text = "Lee said: “The budget is not enough for the roads this year.\n\n“We will ask the province for more.”";

        var quote = Assert.Single(Extract(text));

        Assert.False(quote.IsDiscontinuous);
        Assert.Equal(text.IndexOf('“', StringComparison.Ordinal), quote.Content.Start);
        Assert.Equal(text.Length, quote.Content.End);
        Assert.Equal("Lee", Speaker(text, quote));
    }

    [Theory]
    [InlineData("Protesters chanted “No more cuts!” outside the hall.", "“No more cuts!”", "Protesters")]
    [InlineData("Another critic, Ann Lee, likened the plan to “burning the library.”", "“burning the library.”", "Ann Lee")]
    public void ShortQuotation_AfterASpeechOrComparisonCue_IsAttributed(string text, string content, string speaker)
    {
        var quote = Assert.Single(Extract(text).Where(q => q.Direct));

        Assert.Equal(content, Content(text, quote));
        Assert.Contains(speaker, Speaker(text, quote), StringComparison.Ordinal);
    }

    [Fact]
    public void Speakers_ResolveToEntities_PronounsToTheLastPerson_RolesToTheLastOrganisation()
    {
        const string text = "Doug McCallum spoke to TransLink. He said the line is cheap. The agency told reporters it has done no study.";
        var entities = ImmutableArray.Create(
            new Entity("e1", EntityType.Person, "Doug McCallum", [Span(text, "Doug McCallum")]),
            new Entity("e2", EntityType.Organization, "TransLink", [Span(text, "TransLink")]));

        var quotes = Extract(text, entities);

        Assert.Equal(["e1", "e2"], quotes.Select(q => q.Speaker?.EntityId));
    }

    [Fact]
    public void RelayedQuote_HasThePersonAsSpeakerAndTheAgencyAsSource()
    {
        const string text = "In his speech, Mr Kim “declared the general orientation of our party,” the Korean Central News Agency (KCNA) said on Friday.";
        var entities = ImmutableArray.Create(
            new Entity("e1", EntityType.Person, "Kim Jong Un", [Span(text, "Mr Kim")]),
            new Entity("e2", EntityType.Organization, "Korean Central News Agency", [Span(text, "Korean Central News Agency"), Span(text, "KCNA")]));

        var quote = Assert.Single(Extract(text, entities));

        Assert.Equal("e1", quote.Speaker?.EntityId);
        Assert.Equal("e2", quote.SourceEntityId);
    }

    [Fact]
    public void Quotes_SpansLieInsideTheText()
    {
        const string text = "“Unclosed quote at the end of the text, said nobody";

        foreach (var quote in Extract(text))
        {
            Assert.True(quote.Content.FitsIn(text.Length));
            Assert.True(quote.Cue is null || quote.Cue.Value.FitsIn(text.Length));
        }
    }

    internal static TextSpan Span(string text, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        return new TextSpan(start, start + value.Length);
    }
}
