using Newsdesk.Documents;
using Newsdesk.Language.Entities;
using Newsdesk.Language.Tokenization;

namespace Newsdesk.Language.Tests.Entities;

public class AgencyCreditRecognizerTests
{
    private static readonly int UnitOrg = EntityTagSet.Tag(EntityType.Organization, 3);

    /// <summary>Tags of <paramref name="text"/> (one sentence, every token untagged) after the rule.</summary>
    private static (string[] Tokens, int[] Tags) Run(string text, int[]? tags = null)
    {
        var tokens = NewsTokenizer.Tokenize(text).ToArray();
        var document = new TaggingDocument(text, tokens, [0, tokens.Length]);
        tags ??= new int[tokens.Length];
        AgencyCreditRecognizer.Apply(document, tags);
        return (tokens.Select(t => t.ToString(text)).ToArray(), tags);
    }

    [Theory]
    [InlineData("The congress met (Korean Central News Agency/Korea News Service via AP)", "AP")]
    [InlineData("SEOUL (AP) — North Korea said on Friday", "AP")]
    [InlineData("Troops patrol the border. AP Photo/Lee Jin-man", "AP")]
    [InlineData("LONDON (Reuters) - Shares fell", "Reuters")]
    [InlineData("A protester in Hong Kong. Reuters/Tyrone Siu", "Reuters")]
    [InlineData("Kim Jong Un at the congress. KCNA/AFP", "AFP")]
    [InlineData("Fans in Berlin (picture alliance/dpa)", "dpa")]
    public void Rule_TagsAnAgencyInACredit(string text, string agency)
    {
        var (tokens, tags) = Run(text);
        var i = Array.IndexOf(tokens, agency);
        Assert.Equal(UnitOrg, tags[i]);
        Assert.Equal(1, tags.Count(t => t != EntityTagSet.Outside));
    }

    [Theory]
    [InlineData("The AP reported that the talks failed")]
    [InlineData("He told Reuters the deal was off")]
    [InlineData("Shares of AP Moller rose")]
    [InlineData("Students sat the AP exams")]
    public void Rule_LeavesAgencyNamesOutsideCreditsToTheModel(string text)
    {
        var (_, tags) = Run(text);
        Assert.All(tags, t => Assert.Equal(EntityTagSet.Outside, t));
    }

    [Fact]
    public void Rule_DoesNotBreakALongerNameTheModelFound()
    {
        // "Reuters Photo" tagged by the model as one ORG of two tokens stays as it is.
        var begin = EntityTagSet.Tag(EntityType.Organization, 0);
        var last = EntityTagSet.Tag(EntityType.Organization, 2);
        var (_, tags) = Run("Pictures via Reuters Photo", [0, 0, begin, last]);
        Assert.Equal([0, 0, begin, last], tags);
    }

    [Fact]
    public void Rule_RetypesAOneTokenNameOfAnotherTypeInACredit()
    {
        var person = EntityTagSet.Tag(EntityType.Person, 3);
        var (_, tags) = Run("handout via AP", [0, 0, person]);
        Assert.Equal(UnitOrg, tags[2]);
    }
}
