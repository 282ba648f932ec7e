using Newsdesk.Extraction.Metadata;

namespace Newsdesk.Extraction.Tests.Metadata;

public sealed class AuthorNameCleanerTests
{
    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("by JANE DOE", "JANE DOE")]
    [InlineData("Von Max Mustermann", "Max Mustermann")]
    [InlineData("Ein Kommentar von Max Mustermann", "Max Mustermann")]
    [InlineData("Par Sébastien Farcis", "Sébastien Farcis")]
    [InlineData("Ursula von der Leyen", "Ursula von der Leyen")]
    [InlineData("Jane Doe, Staff Writer", "Jane Doe")]
    [InlineData("Jane Doe Senior Correspondent", "Jane Doe")]
    [InlineData("Dylan Bailey, MS, RD", "Dylan Bailey")]
    [InlineData("By Jane Doe | January 8, 2021", "Jane Doe")]
    [InlineData("By Joshua Sokol May 24, 2016", "Joshua Sokol")]
    [InlineData("Jane Doe (jane@example.com)", "Jane Doe")]
    [InlineData("By\n\t\tScott Cunningham", "Scott Cunningham")]
    [InlineData("Written by Rob Ewaschuk\nEdited by Betsy Beyer", "Rob Ewaschuk")]
    [InlineData("By Brenda Goodman, MA\nWebMD Health News", "Brenda Goodman")]
    public void Clean_KeepsOnlyTheName(string byline, string expected) =>
        Assert.Equal([expected], AuthorNameCleaner.Clean(byline).ToArray());

    [Theory]
    [InlineData("Jane Doe and John Roe")]
    [InlineData("Jane Doe & John Roe")]
    [InlineData("Jane Doe und John Roe")]
    [InlineData("By Jane Doe, John Roe")]
    [InlineData("Jane Doe; John Roe")]
    public void Clean_SplitsSeveralAuthors(string byline) =>
        Assert.Equal(["Jane Doe", "John Roe"], AuthorNameCleaner.Clean(byline).ToArray());

    [Theory]
    [InlineData("https://www.facebook.com/janedoe")]
    [InlineData("@janedoe")]
    [InlineData("BBC News")]
    [InlineData("Associated Press")]
    [InlineData("dpa")]
    [InlineData("Redaktion")]
    [InlineData("admin")]
    [InlineData("Updated January 8, 2021")]
    [InlineData("")]
    public void Clean_FindsNoPersonIn(string byline) => Assert.Empty(AuthorNameCleaner.Clean(byline).ToArray());

    [Fact]
    public void Clean_DropsAgenciesBesideAPerson() =>
        Assert.Equal(["Jane Doe"], AuthorNameCleaner.Clean("Jane Doe/AFP").ToArray());

    [Fact]
    public void Clean_KeepsTitleCaseNamesThatLookLikeAgencyInitials() =>
        Assert.Equal(["Sid Vicious"], AuthorNameCleaner.Clean("Sid Vicious").ToArray());
}
