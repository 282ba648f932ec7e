using Newsdesk.Extraction.Cleaning.Model;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>How the cleaner decides. Immutable; <c>with</c> makes a changed copy.</summary>
public sealed record CleaningOptions
{
    public static CleaningOptions Default { get; } = new();

    /// <summary>The default <see cref="Threshold"/>, chosen on the wcxb-dev cross-validation (docs/benchmarks/cleaning.md).</summary>
    public const double DefaultThreshold = 0.6;

    /// <summary>
    /// A unit is removed when the confidence that it is not article text reaches this value (0–1). Higher keeps more
    /// (recall up, precision down); 1 keeps everything apart from whitespace normalisation.
    /// </summary>
    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>The classifier; null uses the rules alone. Defaults to the model shipped in <c>models/cleaner.json</c>.</summary>
    public CleanerModel? Model { get; init; } = CleanerModel.Shipped;

    /// <summary>Line counts over the corpus being cleaned (a first pass over the input); empty when cleaning one
    /// document at a time.</summary>
    public SiteBoilerplateIndex Index { get; init; } = SiteBoilerplateIndex.Empty;
}
