namespace Newsdesk.Language.Quotes.Evaluation;

/// <summary>A gold quote that no prediction matched, with the reason and the best coverage any prediction reached.</summary>
public sealed record QuoteMiss(string ArticleId, GoldQuote Gold, QuoteMissKind Kind, double BestCoverage);
