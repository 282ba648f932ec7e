namespace Newsdesk.Language.Entities;

/// <summary>Settings of <see cref="EntityModelTrainer"/>; the defaults produce the shipped model.</summary>
/// <param name="Epochs">Passes over the training sentences (fixed, not chosen on dev data).</param>
/// <param name="Seed">Seed of the sentence shuffling, so that a run is reproducible.</param>
/// <param name="MinFeatureCount">Features seen fewer times in training are dropped (smaller model, less noise).</param>
/// <param name="Folds">Jackknife folds for the second (document-level) pass's training labels; below 2, no second pass.</param>
/// <param name="ClusterDraw">Which k-means start the word clusters use: 0 starts centroid c at the word ranked
/// c·count/k, other values shift every start along the frequency ranking (to measure how much a result owes to one
/// clustering draw).</param>
/// <param name="Update">How weights change after a training sentence is decoded.</param>
/// <param name="Aggressiveness">C of <see cref="UpdateRule.PassiveAggressive"/>: the largest step of one update.</param>
/// <param name="CostAugmented">Decode training sentences with every wrong tag's score raised by its cost (1), so that
/// updates also happen where gold wins by less than its Hamming distance to a rival path (a margin, not just a win).</param>
/// <param name="FeatureDropout">Fraction (0 to below 1) of a token's active features left out at random (seeded) each
/// time a training sentence is decoded and updated, so that no single feature carries a decision alone. Tagging always
/// reads every feature.</param>
/// <remarks>The defaults (passive-aggressive, cost-augmented, 10 % feature dropout, cluster draw 3) were chosen on
/// CoNLL-2003 dev over four paired runs each (docs/benchmarks/ner.md, session 3): the learner settings gained 0.32–0.54
/// F1 on every cluster draw and shuffling seed tried; the draw is the best of three tried.</remarks>
public sealed record TrainingOptions(int Epochs = 12, int Seed = 2003, int MinFeatureCount = 2, int Folds = 2, int ClusterDraw = 3,
    UpdateRule Update = UpdateRule.PassiveAggressive, float Aggressiveness = 1f, bool CostAugmented = true, double FeatureDropout = 0.1)
{
    public static TrainingOptions Default { get; } = new();
}
