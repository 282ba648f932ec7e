using System.Text.Json;
using System.Text.Json.Serialization;
using Newsdesk.Extraction.Cleaning.Features;

namespace Newsdesk.Extraction.Cleaning.Model;

/// <summary>
/// The cleaner's classifier: a first stage over each unit's own <see cref="UnitFeatures"/>, and an optional second
/// stage that also sees the first stage's verdicts on the whole document (<see cref="ContextFeatures"/>). Trained by
/// <c>newsdesk train cleaner</c> (<see cref="Training.CleanerTrainer"/>), stored as JSON (<c>models/cleaner.json</c>,
/// embedded in this assembly; format <c>newsdesk-cleaner/2</c>, and <c>/1</c> files load as a first stage alone).
/// Immutable and thread-safe.
/// </summary>
public sealed class CleanerModel
{
    private const string EmbeddedName = "Newsdesk.Extraction.Cleaning.cleaner.json";
    private const string Format = "newsdesk-cleaner/2";
    private const string FormatV1 = "newsdesk-cleaner/1";
    private static readonly Lazy<CleanerModel?> _embedded = new(LoadEmbedded);

    public CleanerModel(BoostedTreesModel unit, BoostedTreesModel? context, string description)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Unit = unit;
        Context = context;
        Description = description ?? "";
    }

    /// <summary>The first stage, over <see cref="UnitFeatures.Names"/>.</summary>
    public BoostedTreesModel Unit { get; }

    /// <summary>The second stage, over <see cref="UnitFeatures.Names"/> then <see cref="ContextFeatures.Names"/>; null
    /// when the first stage decides alone.</summary>
    public BoostedTreesModel? Context { get; }

    /// <summary>How the model was trained (data, seed, parameters), for people.</summary>
    public string Description { get; }

    /// <summary>The model shipped in <c>models/cleaner.json</c>, or null when the build embedded none.</summary>
    public static CleanerModel? Shipped => _embedded.Value;

    /// <summary>The probability (0–1) that each unit is article text.</summary>
    /// <param name="profiles">The document's unit profiles.</param>
    /// <param name="unitRows">Their <see cref="UnitFeatures.Compute"/> rows.</param>
    public float[] PredictArticle(UnitProfile[] profiles, float[] unitRows)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(unitRows);
        var first = PredictFirstStage(unitRows, profiles.Length);
        if (Context is null)
        {
            return first;
        }

        var rows = ContextFeatures.Compute(profiles, unitRows, first);
        var result = new float[profiles.Length];
        Context.PredictArticle(rows, ContextFeatures.Width, result);
        return result;
    }

    /// <summary>The first stage's probabilities for <paramref name="count"/> rows of unit features.</summary>
    public float[] PredictFirstStage(float[] unitRows, int count)
    {
        ArgumentNullException.ThrowIfNull(unitRows);
        var result = new float[count];
        Unit.PredictArticle(unitRows, UnitFeatures.Names.Count, result);
        return result;
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var file = new ModelFile { Format = Format, Description = Description, Unit = Unit.ToFile(), Context = Context?.ToFile() };
        JsonSerializer.Serialize(stream, file, CleanerModelJsonContext.Default.ModelFile);
    }

    /// <summary>Reads a model; throws <see cref="InvalidDataException"/> when the file is not one, or was trained on
    /// other features than this build computes.</summary>
    public static CleanerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile? file;
        try
        {
            file = JsonSerializer.Deserialize(stream, CleanerModelJsonContext.Default.ModelFile);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("the cleaner model is not valid JSON: " + e.Message, e);
        }

        var description = file?.Description ?? "";
        if (file?.Format == FormatV1)
        {
            var stage = new BoostedTreesModel.StageFile { Features = file.Features, BaseScore = file.BaseScore ?? 0, Trees = file.Trees };
            return new CleanerModel(BoostedTreesModel.FromFile(stage, UnitFeatures.Names, description), null, description);
        }

        if (file?.Format != Format)
        {
            throw new InvalidDataException($"not a {Format} model file");
        }

        var unit = BoostedTreesModel.FromFile(file.Unit, UnitFeatures.Names, description);
        var context = file.Context is null
            ? null
            : BoostedTreesModel.FromFile(file.Context, [.. UnitFeatures.Names, .. ContextFeatures.Names], description);
        return new CleanerModel(unit, context, description);
    }

    private static CleanerModel? LoadEmbedded()
    {
        using var stream = typeof(CleanerModel).Assembly.GetManifestResourceStream(EmbeddedName);
        return stream is null ? null : Load(stream);
    }

    internal sealed class ModelFile
    {
        public string? Format { get; set; }
        public string? Description { get; set; }
        public BoostedTreesModel.StageFile? Unit { get; set; }
        public BoostedTreesModel.StageFile? Context { get; set; }

        // Format 1: one stage at the top level.
        public string[]? Features { get; set; }
        public float? BaseScore { get; set; }
        public BoostedTreesModel.TreeFile[]? Trees { get; set; }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CleanerModel.ModelFile))]
internal sealed partial class CleanerModelJsonContext : JsonSerializerContext;
