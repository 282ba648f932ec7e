using Newsdesk.Documents;
using Newsdesk.Language.Entities;
using Newsdesk.Language.Tokenization;

namespace Newsdesk.Language.Tests.Entities;

public class HonorificNameRecognizerTests
{
    private static int Tag(EntityType type, int part) => EntityTagSet.Tag(type, part);

    /// <summary>Tags of <paramref name="text"/> (one sentence) after the rule, from the model's <paramref name="tags"/>.</summary>
    private static int[] Run(string text, int[] tags)
    {
        var tokens = NewsTokenizer.Tokenize(text).ToArray();
        Assert.Equal(tokens.Length, tags.Length);
        var document = new TaggingDocument(text, tokens, [0, tokens.Length]);
        HonorificNameRecognizer.Apply(document, tags);
        return tags;
    }

    [Theory]
    [InlineData("Mr Kim said so", EntityType.Organization)]
    [InlineData("Mr. Kim said so", EntityType.Location)]
    [InlineData("Ms Ardern said so", EntityType.Miscellaneous)]
    public void Rule_MakesTheNameAfterAnHonorificAPerson(string text, EntityType modelType)
    {
        var tags = Run(text, [Tag(modelType, 0), Tag(modelType, 2), 0, 0]);
        Assert.Equal([0, Tag(EntityType.Person, 3), 0, 0], tags);
    }

    [Fact]
    public void Rule_KeepsALongerNameWhole()
    {
        var org = EntityType.Organization;
        var tags = Run("Mrs Theresa May spoke", [Tag(org, 0), Tag(org, 1), Tag(org, 2), 0]);
        Assert.Equal([0, Tag(EntityType.Person, 0), Tag(EntityType.Person, 2), 0], tags);
    }

    [Fact]
    public void Rule_LeavesPersonsAndOtherTitlesAlone()
    {
        var per = EntityType.Person;
        var org = EntityType.Organization;
        Assert.Equal([Tag(per, 0), Tag(per, 2), 0], Run("Mr Kim said", [Tag(per, 0), Tag(per, 2), 0]));
        Assert.Equal([Tag(org, 0), Tag(org, 2), 0], Run("Dr Pepper sells", [Tag(org, 0), Tag(org, 2), 0]));
    }

    [Fact]
    public void Rule_LeavesAnHonorificInsideANameAlone()
    {
        var misc = EntityType.Miscellaneous;
        int[] model = [Tag(misc, 0), Tag(misc, 1), Tag(misc, 2), 0];
        Assert.Equal(model, Run("Little Miss Sunshine won", (int[])model.Clone()));
    }
}
