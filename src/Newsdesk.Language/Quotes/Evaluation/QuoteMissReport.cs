using System.Collections.Immutable;
using Newsdesk.Documents;

namespace Newsdesk.Language.Quotes.Evaluation;

/// <summary>
/// Lists the gold quotes <see cref="QuoteEvaluator.Match"/> missed, each with a <see cref="QuoteMissKind"/>: the
/// diagnostic behind <c>newsdesk eval quotes --misses</c>, to see which causes dominate before changing a rule.
/// </summary>
public static class QuoteMissReport
{
    /// <summary>The missed gold quotes of one article at <paramref name="threshold"/>, in the article's order.</summary>
    public static IReadOnlyList<QuoteMiss> Find(GoldArticle article, ImmutableArray<Quote> predicted, double threshold)
    {
        ArgumentNullException.ThrowIfNull(article);
        var misses = new List<QuoteMiss>();
        foreach (var match in QuoteEvaluator.Match(article, predicted, threshold))
        {
            if (match.Prediction >= 0)
            {
                continue;
            }

            // The best coverage over every prediction and piece, used or not.
            var best = 0.0;
            foreach (var quote in predicted)
            {
                best = Math.Max(best, QuoteEvaluator.Coverage(match.Gold.Content, quote.Content));
                foreach (var piece in quote.Parts.IsDefault ? [] : quote.Parts)
                {
                    best = Math.Max(best, QuoteEvaluator.Coverage(match.Gold.Content, piece));
                }
            }

            var kind = best <= 0 ? QuoteMissKind.NotFound : best > threshold ? QuoteMissKind.TakenByAnother : QuoteMissKind.CoveredTooLittle;
            misses.Add(new QuoteMiss(article.Id, match.Gold, kind, best));
        }

        return misses;
    }
}
