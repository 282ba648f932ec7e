namespace Newsdesk.Language.Quotes.Evaluation;

/// <summary>How one gold quote fared in <see cref="QuoteEvaluator.Match"/>.</summary>
/// <param name="Gold">The gold quote.</param>
/// <param name="Prediction">The index of the matching prediction, or -1 when the gold quote was missed.</param>
/// <param name="Part">The matching piece of a discontinuous prediction, or -1 when it matched as a whole.</param>
/// <param name="Coverage">The share of the gold span the match covers (0 when missed).</param>
public readonly record struct QuoteMatch(GoldQuote Gold, int Prediction, int Part, double Coverage);
