using System.Text.Json;
using System.Text.Json.Serialization;

namespace Newsdesk.Extraction.Cleaning.Model;

/// <summary>
/// A gradient-boosted ensemble of small regression trees over <see cref="Features.UnitFeatures"/>, giving the
/// probability that a unit is article text. Trained by <see cref="BoostedTreesTrainer"/> (<c>newsdesk train
/// cleaner</c>), stored as JSON (<c>models/cleaner.json</c>, embedded in this assembly). Immutable and thread-safe.
/// </summary>
public sealed class BoostedTreesModel
{
    private const string EmbeddedName = "Newsdesk.Extraction.Cleaning.cleaner.json";
    private static readonly Lazy<BoostedTreesModel?> _embedded = new(LoadEmbedded);

    public BoostedTreesModel(IReadOnlyList<string> featureNames, float baseScore, IReadOnlyList<DecisionTree> trees, string description)
    {
        ArgumentNullException.ThrowIfNull(featureNames);
        ArgumentNullException.ThrowIfNull(trees);
        FeatureNames = featureNames;
        BaseScore = baseScore;
        Trees = trees;
        Description = description;
    }

    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>The log-odds every prediction starts from.</summary>
    public float BaseScore { get; }

    public IReadOnlyList<DecisionTree> Trees { get; }

    /// <summary>How the model was trained (data, seed, parameters), for people.</summary>
    public string Description { get; }

    /// <summary>The model shipped in <c>models/cleaner.json</c>, or null when the build embedded none.</summary>
    public static BoostedTreesModel? Shipped => _embedded.Value;

    /// <summary>The probability (0–1) that the unit with feature <paramref name="vector"/> is article text.</summary>
    public float PredictArticle(ReadOnlySpan<float> vector)
    {
        var score = BaseScore;
        foreach (var tree in Trees)
        {
            score += tree.Evaluate(vector);
        }

        return 1f / (1f + MathF.Exp(-score));
    }

    public void Save(Stream stream)
    {
        var file = new ModelFile
        {
            Format = "newsdesk-cleaner/1",
            Description = Description,
            Features = [.. FeatureNames],
            BaseScore = BaseScore,
            Trees = [.. Trees.Select(t => new TreeFile { Feature = t.Feature, Threshold = t.Threshold, Left = t.Left, Right = t.Right, Value = t.Value })],
        };
        JsonSerializer.Serialize(stream, file, ModelJsonContext.Default.ModelFile);
    }

    /// <summary>Reads a model; throws <see cref="InvalidDataException"/> when the file is not one, or was trained on
    /// other features than this build computes.</summary>
    public static BoostedTreesModel Load(Stream stream)
    {
        ModelFile? file;
        try
        {
            file = JsonSerializer.Deserialize(stream, ModelJsonContext.Default.ModelFile);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("the cleaner model is not valid JSON: " + e.Message, e);
        }

        if (file is null || file.Format != "newsdesk-cleaner/1" || file.Features is null || file.Trees is null)
        {
            throw new InvalidDataException("not a newsdesk-cleaner/1 model file");
        }

        if (!file.Features.SequenceEqual(Features.UnitFeatures.Names))
        {
            throw new InvalidDataException("the cleaner model was trained on other features than this build computes; retrain it with `newsdesk train cleaner`");
        }

        var trees = file.Trees.Select(t => new DecisionTree(t.Feature ?? [], t.Threshold ?? [], t.Left ?? [], t.Right ?? [], t.Value ?? [])).ToList();
        foreach (var tree in trees)
        {
            tree.Validate(file.Features.Length);
        }

        return new BoostedTreesModel(file.Features, file.BaseScore, trees, file.Description ?? "");
    }

    private static BoostedTreesModel? LoadEmbedded()
    {
        using var stream = typeof(BoostedTreesModel).Assembly.GetManifestResourceStream(EmbeddedName);
        return stream is null ? null : Load(stream);
    }

    internal sealed class ModelFile
    {
        public string? Format { get; set; }
        public string? Description { get; set; }
        public string[]? Features { get; set; }
        public float BaseScore { get; set; }
        public TreeFile[]? Trees { get; set; }
    }

    internal sealed class TreeFile
    {
        public int[]? Feature { get; set; }
        public float[]? Threshold { get; set; }
        public int[]? Left { get; set; }
        public int[]? Right { get; set; }
        public float[]? Value { get; set; }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BoostedTreesModel.ModelFile))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
