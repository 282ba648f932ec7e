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
        var unit = BoostedTreesTrainer.Train(features, width, labels, weights, new BoostedTreesOptions { Trees = 5 }, UnitFeatures.Names, "test");
        var contextWidth = ContextFeatures.Width;
        var (contextFeatures, contextLabels, contextWeights) = XorLikeData(contextWidth);
        var context = BoostedTreesTrainer.Train(contextFeatures, contextWidth, contextLabels, contextWeights, new BoostedTreesOptions { Trees = 5 },
            [.. UnitFeatures.Names, .. ContextFeatures.Names], "test");
        var model = new CleanerModel(unit, context, "test");
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = CleanerModel.Load(stream);
        Assert.NotNull(loaded.Context);
        for (var r = 0; r < 50; r++)
        {
            Assert.Equal(unit.PredictArticle(features.AsSpan(r * width, width)), loaded.Unit.PredictArticle(features.AsSpan(r * width, width)));
            Assert.Equal(context.PredictArticle(contextFeatures.AsSpan(r * contextWidth, contextWidth)),
                loaded.Context.PredictArticle(contextFeatures.AsSpan(r * contextWidth, contextWidth)));
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"format\":\"other\"}")]
    [InlineData("{\"format\":\"newsdesk-cleaner/1\",\"features\":[\"x\"],\"baseScore\":0,\"trees\":[]}")]
    [InlineData("{\"format\":\"newsdesk-cleaner/2\",\"unit\":{\"features\":[\"x\"],\"baseScore\":0,\"trees\":[]}}")]
    [InlineData("{\"format\":\"newsdesk-cleaner/2\"}")]
    public void Load_RefusesFilesThatAreNotAModelForTheseFeatures(string content) =>
        Assert.Throws<InvalidDataException>(() => CleanerModel.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content))));

    [Fact]
    public void Shipped_ModelMatchesTheFeaturesOfThisBuild()
    {
        var shipped = Assert.IsType<CleanerModel>(CleanerModel.Shipped);
        Assert.Equal(UnitFeatures.Names, shipped.Unit.FeatureNames);
        Assert.Equal([.. UnitFeatures.Names, .. ContextFeatures.Names], shipped.Context?.FeatureNames ?? [.. UnitFeatures.Names, .. ContextFeatures.Names]);
    }

    [Fact]
    public void BestStretch_IsTheRunWithTheLargestArticleSum()
    {
        float[] probability = [0.1f, 0.9f, 0.2f, 0.9f, 0.9f, 0.1f, 0.1f, 0.8f];
        float[] weight = [1, 10, 1, 10, 10, 5, 5, 1];
        Assert.Equal((1, 5), ContextFeatures.BestStretch(probability, weight));
    }

    [Fact]
    public void PredictArticle_MatchesTheSumOfTheTreesWalkedOneByOne()
    {
        // An unbalanced tree (a leaf beside a split) and a single leaf: the evaluator pads them to complete trees.
        var unbalanced = new DecisionTree([0, -1, 1, -1, -1], [0.5f, 0, 0.25f, 0, 0], [1, -1, 3, -1, -1], [2, -1, 4, -1, -1], [0, -1f, 0, 0.5f, 2f]);
        var leaf = new DecisionTree([-1], [0], [-1], [-1], [0.3f]);
        var model = new BoostedTreesModel(["a", "b"], 0.1f, [unbalanced, leaf], "test");
        var random = new Random(3);
        for (var r = 0; r < 200; r++)
        {
            float[] vector = [(float)random.NextDouble(), (float)random.NextDouble()];
            var score = 0.1f + unbalanced.Evaluate(vector) + leaf.Evaluate(vector);
            Assert.Equal(1f / (1f + MathF.Exp(-score)), model.PredictArticle(vector), 5);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(500)]
    public void PredictArticle_OfManyRows_IsBitForBitTheRowByRowResult(int rows)
    {
        const int width = 4;
        var (features, labels, weights) = XorLikeData(width);
        var model = BoostedTreesTrainer.Train(features, width, labels, weights, new BoostedTreesOptions { Trees = 30, Depth = 3 }, ["a", "b", "c", "d"], "test");
        var result = new float[rows];
        model.PredictArticle(features, width, result);
        for (var r = 0; r < rows; r++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(model.PredictArticle(features.AsSpan(r * width, width))),
                BitConverter.SingleToInt32Bits(result[r]));
        }
    }

    [Fact]
    public void PredictArticle_OfManyRows_RefusesRowsNarrowerThanTheFeaturesRead()
    {
        var tree = new DecisionTree([1, -1, -1], [0.5f, 0, 0], [1, -1, -1], [2, -1, -1], [0, -1f, 1f]);
        var model = new BoostedTreesModel(["a", "b"], 0, [tree], "test");
        Assert.Throws<ArgumentException>(() => model.PredictArticle(new float[4], 1, new float[4]));
        Assert.Throws<ArgumentException>(() => model.PredictArticle(new float[3], 2, new float[2]));
    }
}
