using Newsdesk.Extraction.Evaluation;

namespace Newsdesk.Extraction.Tests.Evaluation;

public sealed class MetadataMatcherTests
{
    [Theory]
    [InlineData("How to Build a Terrarium", "How to Build a Terrarium | eHow", null, "https://www.ehow.com/x", true)]
    [InlineData("How to Build a Terrarium | eHow", "How to Build a Terrarium", null, "https://www.ehow.com/x", true)]
    [InlineData("Friday Facts", "Friday Facts | Factorio", "Factorio.com", null, true)]
    [InlineData("Mozilla", "Mozilla - Wikipedia", null, "https://en.wikipedia.org/wiki/Mozilla", true)]
    [InlineData("Storm hits the coast", "Daily Planet: Storm hits the coast", "Daily Planet", null, true)]
    [InlineData("It’s “fine” – really", "it's \"fine\" - Really", null, null, true)]
    // A segment that is not the site's name (an author, a section) is a different title.
    [InlineData("Whales stranded", "Whales stranded | Eleanor Ainge Roy", "The Guardian", "https://www.theguardian.com/x", false)]
    [InlineData("Samantha and the lie", "Samantha and the lie - John Welch - Medium", "Medium", null, false)]
    // The site's name alone is not the headline.
    [InlineData("eHow", "How to Build a Terrarium | eHow", null, "https://www.ehow.com/x", false)]
    // Punctuation other than quotes and dashes counts.
    [InlineData("Is it over", "Is it over?", null, null, false)]
    public void Titles_ForgiveOnlyTheSiteNameSegment(string extracted, string label, string? site, string? url, bool match) =>
        Assert.Equal(match, MetadataMatcher.TitleMatches(extracted, label, [site], url));

    [Theory]
    [InlineData(new[] { "Jane Doe" }, "By Jane Doe", true)]
    [InlineData(new[] { "Sébastien Farcis" }, "Par Sébastien Farcis", true)]
    [InlineData(new[] { "Jane Doe", "John Roe" }, "Jane Doe and John Roe", true)]
    [InlineData(new[] { "Stella Kim", "Jennifer Jett" }, "Stella Kim, Jennifer Jett", true)]
    [InlineData(new[] { "Nathan Willis" }, "By Nathan Willis\n   March 25, 2015", true)]
    [InlineData(new[] { "Gillian Mohney" }, "By GILLIAN MOHNEY\n March 11, 2015 3:46 PM", true)]
    [InlineData(new[] { "Jane Doe" }, "By Jane Doe and John Roe", false)]
    [InlineData(new[] { "Brenda Goodman" }, "By Brenda Goodman, MA\n WebMD Health News", false)]
    [InlineData(new[] { "Rob Ewaschuk" }, "Written by Rob Ewaschuk Edited by Betsy Beyer", false)]
    [InlineData(new string[0], "BBC News", false)]
    // "by" counts as a preposition only at the start.
    [InlineData(new[] { "Stand by Me" }, "Stand Me", false)]
    public void Authors_ForgiveOnlyLeadingPrepositionListsAndTrailingDates(string[] extracted, string label, bool match) =>
        Assert.Equal(match, MetadataMatcher.AuthorsMatch(extracted, [label]));
}
