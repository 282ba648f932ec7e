namespace Newsdesk.Language.Quotes.Evaluation;

/// <summary>The Gender Gap Tracker quote metric at one overlap threshold, from summed counts over all articles.</summary>
/// <param name="Threshold">A gold quote is found when a prediction covers more than this share of it.</param>
/// <param name="TruePositives">Gold quotes matched by a prediction (each prediction matches at most one).</param>
/// <param name="FalsePositives">Predictions matching no gold quote.</param>
/// <param name="FalseNegatives">Gold quotes not matched.</param>
/// <param name="SpeakerMatches">Matched quotes whose speaker spans overlap (or, when the gold quote has no speaker,
/// whose prediction carries no attribution of its own).</param>
/// <param name="VerbMatches">Matched quotes with the same cue text, ignoring case (both absent counts as the same).</param>
/// <param name="DirectGold">Gold quotes marked direct.</param>
/// <param name="DirectFound">Direct gold quotes matched.</param>
public sealed record QuoteScores(
    double Threshold,
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    int SpeakerMatches,
    int VerbMatches,
    int DirectGold,
    int DirectFound)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Share of matched quotes with the right speaker.</summary>
    public double SpeakerAccuracy => Ratio(SpeakerMatches, TruePositives);

    /// <summary>Share of matched quotes with the right cue.</summary>
    public double VerbAccuracy => Ratio(VerbMatches, TruePositives);

    /// <summary>Recall over the gold quotes marked direct.</summary>
    public double DirectRecall => Ratio(DirectFound, DirectGold);

    /// <summary>Recall over the gold quotes not marked direct (reported and mixed).</summary>
    public double ReportedRecall => Ratio(TruePositives - DirectFound, TruePositives + FalseNegatives - DirectGold);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
