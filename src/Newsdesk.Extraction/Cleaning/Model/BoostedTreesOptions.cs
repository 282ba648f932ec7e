namespace Newsdesk.Extraction.Cleaning.Model;

/// <summary>Training parameters of <see cref="BoostedTreesTrainer"/>.</summary>
public sealed record BoostedTreesOptions
{
    public int Trees { get; init; } = 120;
    public int Depth { get; init; } = 4;
    public float LearningRate { get; init; } = 0.15f;

    /// <summary>L2 penalty on leaf values; larger values shrink leaves fed by little data.</summary>
    public float Lambda { get; init; } = 1f;

    /// <summary>The least total weight (hessian) on each side of a split.</summary>
    public float MinChildWeight { get; init; } = 2f;

    /// <summary>Candidate thresholds per feature (quantiles of its values).</summary>
    public int Bins { get; init; } = 32;

    /// <summary>The share of rows each tree is fitted on, drawn with <see cref="Seed"/>.</summary>
    public double Subsample { get; init; } = 0.8;

    public int Seed { get; init; } = 20261126;
}
