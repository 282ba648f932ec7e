using System.Text;
using Newsdesk.Documents;
using Newsdesk.Language.Entities;
using Newsdesk.Language.Sentences;
using Newsdesk.Language.Tokenization;
using Newsdesk.TestSupport;
using Newsdesk.Text;

namespace Newsdesk.Language.Tests.Entities;

/// <summary>
/// The seed article of ../shared/examples through tokens, sentences and entities with the shipped model, compared
/// with a readable dump in Entities/Golden. Regenerate (then review the diff) with
/// <c>NEWSDESK_UPDATE_GOLDEN=1 dotnet test tests/Newsdesk.Language.Tests</c>.
/// </summary>
public class SeedEntitiesGoldenTests
{
    private const string Seed = "examples/000_1104825eb2e4906b.txt";

    private static Document Annotate()
    {
        var text = File.ReadAllText(SharedData.PathOf(Seed));
        var model = EntityModel.Load(Path.Combine(SharedData.RepositoryRoot, "models", "ner.bin"));
        var document = new Document
        {
            Id = "seed",
            Source = new RawDocument { Id = "seed", Origin = Seed, Kind = ContentKind.Text, Content = text },
            Text = text,
            Paragraphs = ParagraphSplitter.Split(text),
        };
        document = new TokenizerStage().Process(document, default);
        document = new SentenceStage().Process(document, default);
        return new EntityStage(model).Process(document, default);
    }

    private static string Dump(Document document)
    {
        var dump = new StringBuilder();
        foreach (var entity in document.Entities.OrderBy(e => e.Type).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            dump.Append($"ENT {entity.Type.ToCode()} \"{entity.Name}\"\n");
            foreach (var mention in entity.Mentions)
            {
                dump.Append($"  {mention.Start}-{mention.End} \"{mention.ToString(document.Text)}\"\n");
            }
        }

        return dump.ToString();
    }

    [SharedDataFact(Seed)]
    public void Seed_EntitiesMatchTheGoldenDump()
    {
        var golden = Path.Combine(SharedData.RepositoryRoot, "tests", "Newsdesk.Language.Tests", "Entities", "Golden", "seed-000.entities.txt");
        var actual = Dump(Annotate());
        if (Environment.GetEnvironmentVariable("NEWSDESK_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual);
        }

        Assert.Equal(File.ReadAllText(golden), actual);
    }

    [SharedDataTheory(Seed)]
    [InlineData(EntityType.Person, "Kim Jong Un")]
    [InlineData(EntityType.Person, "Donald Trump")]
    [InlineData(EntityType.Person, "Joe Biden")]
    [InlineData(EntityType.Organization, "Workers\u2019 Party")]
    [InlineData(EntityType.Organization, "Korean Central News Agency")]
    [InlineData(EntityType.Organization, "AP")]
    [InlineData(EntityType.Location, "North Korea")]
    [InlineData(EntityType.Location, "South Korea")]
    [InlineData(EntityType.Location, "Seoul")]
    [InlineData(EntityType.Location, "Washington")]
    public void Seed_FindsTheAcceptanceEntities(EntityType type, string name) =>
        Assert.Contains(Annotate().Entities, e => e.Type == type && e.Name == name);

    [SharedDataFact(Seed)]
    public void Seed_MrKimAndKcnaJoinTheirFullNames()
    {
        var document = Annotate();
        var kim = Assert.Single(document.Entities, e => e.Name == "Kim Jong Un");
        Assert.Contains(kim.Mentions, m => m.ToString(document.Text) == "Kim" && document.Text[..m.Start].EndsWith("Mr ", StringComparison.Ordinal));
        var kcna = Assert.Single(document.Entities, e => e.Name == "Korean Central News Agency");
        Assert.Contains(kcna.Mentions, m => m.ToString(document.Text) == "KCNA");
        var northKorea = Assert.Single(document.Entities, e => e.Name == "North Korea");
        Assert.Contains(northKorea.Mentions, m => m.ToString(document.Text) == "North Korean");
    }

    [SharedDataFact(Seed)]
    public void Seed_MentionsSliceBackToTheText()
    {
        var document = Annotate();
        Assert.All(document.Entities.SelectMany(e => e.Mentions), m => Assert.True(m.FitsIn(document.Text.Length) && !m.IsEmpty));
    }
}
