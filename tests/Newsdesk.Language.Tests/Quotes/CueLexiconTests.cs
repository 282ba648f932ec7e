using Newsdesk.Language.Quotes;

namespace Newsdesk.Language.Tests.Quotes;

public sealed class CueLexiconTests
{
    [Theory]
    [InlineData("said", "say")]
    [InlineData("Says", "say")]
    [InlineData("told", "tell")]
    [InlineData("admitted", "admit")]
    [InlineData("vowed", "vow")]
    [InlineData("declared", "declare")]
    [InlineData("denies", "deny")]
    [InlineData("testifying", "testify")]
    [InlineData("warning", "warn")]
    public void Find_MapsInflectedFormsToTheirLemma(string form, string lemma)
    {
        Assert.Equal(lemma, CueLexicon.Find(form)?.Lemma);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("sayed")]
    [InlineData("")]
    public void Find_ReturnsNullForWordsThatAreNotCues(string word)
    {
        Assert.Null(CueLexicon.Find(word));
    }
}
