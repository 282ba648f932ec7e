using Newsdesk.Documents;
using Newsdesk.Language.Entities;

namespace Newsdesk.Language.Tests.Entities;

public class DocumentHistoryTests
{
    private static TokenUnit Unit(string word, bool capitalised) => new()
    {
        Norm = (ulong)word.ToUpperInvariant().GetHashCode(StringComparison.Ordinal) | 1,
        Flags = TokenFlags.HasLetter | (capitalised ? TokenFlags.Capitalised : TokenFlags.None),
    };

    private static int Share(in TokenUnit unit, int kind) => (unit.History >> (2 * kind)) & 3;

    [Fact]
    public void Fill_CountsTheOtherNameLikeOccurrencesOfTheWord()
    {
        // "Trump" three times: twice inside a PER name, once left outside by the first pass; "said" is not name-like.
        TokenUnit[] units = [Unit("Donald", true), Unit("Trump", true), Unit("said", false), Unit("Trump", true), Unit("Trump", true)];
        var per = (int)EntityType.Person;
        int[] tags =
        [
            EntityTagSet.Tag(EntityType.Person, 0), EntityTagSet.Tag(EntityType.Person, 2), EntityTagSet.Outside,
            EntityTagSet.Tag(EntityType.Person, 3), EntityTagSet.Outside,
        ];
        var counts = new int[1];
        DocumentHistory.Fill(units, tags, [], ref counts);

        // The last "Trump" (outside): both others were PER, so "all" PER and no outside.
        Assert.Equal(3, Share(units[4], 1 + per));
        Assert.Equal(0, Share(units[4], 0));
        // The first "Trump": of the two others one PER, one outside: a minority each.
        Assert.Equal(1, Share(units[1], 1 + per));
        Assert.Equal(1, Share(units[1], 0));
        // A word seen once, and a lower-case word, have no history; every token keeps its first-pass tag.
        Assert.Equal(0, units[0].History);
        Assert.Equal(0, units[2].History);
        Assert.Equal(tags, units.Select(u => (int)u.FirstTag));
    }
}
