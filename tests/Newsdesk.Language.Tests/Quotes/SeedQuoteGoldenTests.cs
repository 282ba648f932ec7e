using System.Collections.Immutable;
using Newsdesk.Documents;
using Newsdesk.TestSupport;
using Newsdesk.Text;

namespace Newsdesk.Language.Tests.Quotes;

/// <summary>
/// The seed article (../shared/examples/000_…): what Kim Jong Un said as relayed by KCNA, what Joe Biden called
/// him, and what unnamed experts and observers think. The entity layer is given by hand (every mention of each
/// name), so the test checks quote finding and speaker resolution, not the recognizer.
/// </summary>
public sealed class SeedQuoteGoldenTests
{
    private const string SeedPath = "examples/000_1104825eb2e4906b.txt";

    [SharedDataFact(SeedPath)]
    public void Seed_QuotesHaveTheRightSpeakersAndSources()
    {
        var text = File.ReadAllText(SharedData.PathOf(SeedPath));
        var entities = ImmutableArray.Create(
            Entity(text, "e1", EntityType.Person, "Kim Jong Un", "Kim Jong Un", "Mr Kim"),
            Entity(text, "e2", EntityType.Organization, "Korean Central News Agency", "Korean Central News Agency", "KCNA"),
            Entity(text, "e3", EntityType.Person, "Joe Biden", "Joe Biden"),
            Entity(text, "e4", EntityType.Person, "Donald Trump", "Donald Trump"));

        var quotes = QuoteExtractorTests.Extract(text, entities);

        var declared = Find(text, quotes, "declared the general orientation");
        Assert.True(declared.Direct);
        Assert.Equal("e1", declared.Speaker?.EntityId);
        Assert.Equal("e2", declared.SourceEntityId);

        var changedTimes = Find(text, quotes, "as required by the prevailing situation");
        Assert.Equal("e1", changedTimes.Speaker?.EntityId);
        Assert.Equal("e2", changedTimes.SourceEntityId);

        Assert.Equal("e1", Find(text, quotes, "external relations needed to be expanded").Speaker?.EntityId);
        Assert.Equal("e1", Find(text, quotes, "he would bolster").Speaker?.EntityId);
        Assert.Equal("e1", Find(text, quotes, "previous economic developmental plans had failed").Speaker?.EntityId);
        Assert.Equal("e1", Find(text, quotes, "to lay out a new five-year development plan").Speaker?.EntityId);

        var thug = Find(text, quotes, "thug");
        Assert.True(thug.Direct);
        Assert.Equal("e3", thug.Speaker?.EntityId);

        var experts = Find(text, quotes, "North Korea may reach out");
        Assert.Equal("Experts", experts.Speaker?.Mention.ToString(text));
        Assert.Null(experts.Speaker?.EntityId);

        var observers = Find(text, quotes, "to send conciliatory gestures");
        Assert.Equal("Observers", observers.Speaker?.Mention.ToString(text));
        Assert.Null(observers.Speaker?.EntityId);

        Assert.All(quotes, q => Assert.True(q.Content.FitsIn(text.Length) && q.Content.Length > 0));
    }

    private static Quote Find(string text, ImmutableArray<Quote> quotes, string fragment) =>
        Assert.Single(quotes, q => q.Content.ToString(text).Contains(fragment, StringComparison.Ordinal));

    private static Entity Entity(string text, string id, EntityType type, string name, params string[] forms)
    {
        var mentions = new List<TextSpan>();
        foreach (var form in forms)
        {
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
            {
                mentions.Add(new TextSpan(at, at + form.Length));
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new Entity(id, type, name, [.. mentions]);
    }
}
