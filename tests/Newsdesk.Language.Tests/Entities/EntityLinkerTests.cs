using Newsdesk.Documents;
using Newsdesk.Language.Entities;
using Newsdesk.Language.Tokenization;

namespace Newsdesk.Language.Tests.Entities;

public class EntityLinkerTests
{
    /// <summary>Links chunks given as (first token, token count, type) over the tokens of <paramref name="text"/>.</summary>
    private static List<(string Type, string Name, string[] Mentions)> Link(string text, params (int Start, int Length, EntityType Type)[] chunks)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        var entities = EntityLinker.Link(text, tokens, [.. chunks.Select(c => new EntityChunk(c.Start, c.Start + c.Length, c.Type))]);
        return [.. entities.Select(e => (e.Type.ToCode(), e.Name, e.Mentions.Select(m => m.ToString(text)).ToArray()))];
    }

    [Fact]
    public void Linker_JoinsSurnameAndTitledNameToTheFullName()
    {
        var entities = Link("Kim Jong Un spoke . Mr Kim left . Kim smiled", (0, 3, EntityType.Person), (5, 2, EntityType.Person), (9, 1, EntityType.Person));
        var kim = Assert.Single(entities);
        Assert.Equal("Kim Jong Un", kim.Name);
        Assert.Equal(["Kim Jong Un", "Kim", "Kim"], kim.Mentions);
    }

    [Fact]
    public void Linker_JoinsBracketedAcronymAndLaterUses()
    {
        var entities = Link("the Korean Central News Agency ( KCNA ) said . KCNA added", (1, 4, EntityType.Organization), (6, 1, EntityType.Organization), (10, 1, EntityType.Organization));
        var agency = Assert.Single(entities);
        Assert.Equal("Korean Central News Agency", agency.Name);
        Assert.Equal(3, agency.Mentions.Length);
    }

    [Fact]
    public void Linker_LinksDemonymsAndCountryNamesToOnePlace()
    {
        var entities = Link("North Korean leader . North Korea said", (0, 2, EntityType.Miscellaneous), (4, 2, EntityType.Location));
        var place = Assert.Single(entities);
        Assert.Equal(("LOC", "North Korea"), (place.Type, place.Name));
        Assert.Equal(["North Korean", "North Korea"], place.Mentions);
    }

    [Fact]
    public void Linker_UsesTheCountryTableName()
    {
        var entities = Link("the U.S. and the United States", (1, 1, EntityType.Location), (4, 2, EntityType.Location));
        var place = Assert.Single(entities);
        Assert.Equal("United States", place.Name);
    }

    [Fact]
    public void Linker_KeepsDifferentPeopleApart()
    {
        var entities = Link("Donald Trump met Joe Biden", (0, 2, EntityType.Person), (3, 2, EntityType.Person));
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void Linker_GivesAGroupItsMajorityType()
    {
        var entities = Link("Kim Jong Un . Kim . Kim", (0, 3, EntityType.Organization), (4, 1, EntityType.Person), (6, 1, EntityType.Person));
        Assert.Equal("PER", Assert.Single(entities).Type);
    }
}
