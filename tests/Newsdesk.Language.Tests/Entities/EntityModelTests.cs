using Newsdesk.Diagnostics;
using Newsdesk.Language.Entities;

namespace Newsdesk.Language.Tests.Entities;

public class EntityModelTests
{
    /// <summary>A small made-up corpus: people after "Mr", places after "in", firms before "Corp".</summary>
    private static List<ConllDocument> Corpus()
    {
        var text = new System.Text.StringBuilder();
        string[] people = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans"];
        string[] places = ["Paris", "Oslo", "Lima", "Cairo", "Delhi", "Quito"];
        for (var d = 0; d < 12; d++)
        {
            text.Append("-DOCSTART- -X- O O\n\n");
            for (var s = 0; s < 6; s++)
            {
                var person = people[(d + s) % people.Length];
                var place = places[(d * 2 + s) % places.Length];
                text.Append($"Mr O\n{person} I-PER\nflew O\nto O\n{place} I-LOC\nfor O\nAcme I-ORG\nCorp I-ORG\n. O\n\n");
            }
        }

        return ConllReader.Read(new StringReader(text.ToString()), "synthetic", new List<Diagnostic>());
    }

    [Fact]
    public void Trainer_LearnsTheCorpusAndTheModelRoundTrips()
    {
        var corpus = Corpus();
        var model = EntityModelTrainer.Train(corpus, null, new TrainingOptions(Epochs: 3, MinFeatureCount: 1));
        Assert.True(ConllTagger.Evaluate(model, corpus).Overall.F1 > 0.95);

        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        var loaded = EntityModel.Load(buffer);
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        Assert.Equal(ConllTagger.Tag(model, corpus[0]), ConllTagger.Tag(loaded, corpus[0]));
    }

    [Fact]
    public void Trainer_IsReproducible()
    {
        var corpus = Corpus();
        var options = new TrainingOptions(Epochs: 2, MinFeatureCount: 1);
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        EntityModelTrainer.Train(corpus, null, options).Save(first);
        EntityModelTrainer.Train(corpus, null, options).Save(second);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Model_TagsConcurrentlyWithTheSameResults()
    {
        var corpus = Corpus();
        var model = EntityModelTrainer.Train(corpus, null, new TrainingOptions(Epochs: 2, MinFeatureCount: 1));
        var expected = corpus.Select(d => ConllTagger.Tag(model, d)).ToArray();
        var actual = new string[corpus.Count][][];
        Parallel.For(0, corpus.Count * 8, i => actual[i % corpus.Count] = ConllTagger.Tag(model, corpus[i % corpus.Count]));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Load_RejectsAFileThatIsNotAModel()
    {
        using var garbage = new MemoryStream([1, 2, 3, 4, 5]);
        Assert.ThrowsAny<Exception>(() => EntityModel.Load(garbage));
    }
}
