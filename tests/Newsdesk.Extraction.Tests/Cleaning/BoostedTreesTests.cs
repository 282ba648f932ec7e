using Newsdesk.Extraction.Cleaning.Features;
using Newsdesk.Extraction.Cleaning.Model;

namespace Newsdesk.Extraction.Tests.Cleaning;

public class BoostedTreesTests
{
    private static (float[] Features, float[] Labels, float[] Weights) XorLikeData(int width)
    {
        // Label 1 when feature 0 and feature 1 are on the same side of 0.5: needs a tree of depth 2.
        var random = new Random(7);
        const int n = 2000;
        var features = new float[n * width];
        var labels = new float[n];
        for (var r = 0; r < n; r++)
        {
            for (var f = 0; f < width; f++)
            {
                features[r * width + f] = (float)random.NextDouble();
            }

            labels[r] = (features[r * width] > 0.5f) == (features[r * width + 1] > 0.5f) ? 1 : 0;
        }

        return (features, labels, Enumerable.Repeat(1f, n).ToArray());
    }

    [Fact]
    public void Train_LearnsAnInteractionOfTwoFeatures()
    {
        var width = UnitFeatures.Names.Count;
        var (features, labels, weights) = XorLikeData(width);
        var model = BoostedTreesTrainer.Train(features, width, labels, weights, new BoostedTreesOptions { Trees = 30 }, UnitFeatures.Names, "test");
        var correct = Enumerable.Range(0, labels.Length)
            .Count(r => (model.PredictArticle(features.AsSpan(r * width, width)) >= 0.5f) == (labels[r] > 0.5f));
        Assert.True(correct > labels.Length * 0.95, $"only {correct} of {labels.Length} right");
    }

    [Fact]
    public void SaveAndLoad_GiveTheSamePredictions()
    {
        var width = UnitFeatures.Names.Count;
        var (features, labels, weights) = XorLikeData(width);
        var model = BoostedTreesTrainer.Train(features, width, labels, weights, new BoostedTreesOptions { Trees = 5 }, UnitFeatures.Names, "test");
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = BoostedTreesModel.Load(stream);
        for (var r = 0; r < 50; r++)
        {
            Assert.Equal(model.PredictArticle(features.AsSpan(r * width, width)), loaded.PredictArticle(features.AsSpan(r * width, width)));
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"format\":\"other\"}")]
    [InlineData("{\"format\":\"newsdesk-cleaner/1\",\"features\":[\"x\"],\"baseScore\":0,\"trees\":[]}")]
    public void Load_RefusesFilesThatAreNotAModelForTheseFeatures(string content) =>
        Assert.Throws<InvalidDataException>(() => BoostedTreesModel.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content))));

    [Fact]
    public void Shipped_ModelMatchesTheFeaturesOfThisBuild() =>
        Assert.Equal(UnitFeatures.Names, Assert.IsType<BoostedTreesModel>(BoostedTreesModel.Shipped).FeatureNames);
}
