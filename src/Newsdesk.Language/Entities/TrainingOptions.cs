namespace Newsdesk.Language.Entities;

/// <summary>Settings of <see cref="EntityModelTrainer"/>; the defaults produce the shipped model.</summary>
/// <param name="Epochs">Passes over the training sentences (fixed, not chosen on dev data).</param>
/// <param name="Seed">Seed of the sentence shuffling, so that a run is reproducible.</param>
/// <param name="MinFeatureCount">Features seen fewer times in training are dropped (smaller model, less noise).</param>
/// <param name="Folds">Jackknife folds for the second (document-level) pass's training labels; below 2, no second pass.</param>
public sealed record TrainingOptions(int Epochs = 12, int Seed = 2003, int MinFeatureCount = 2, int Folds = 2)
{
    public static TrainingOptions Default { get; } = new();
}
