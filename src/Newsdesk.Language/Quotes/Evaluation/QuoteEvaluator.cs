using System.Collections.Immutable;
using System.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Text;

namespace Newsdesk.Language.Quotes.Evaluation;

/// <summary>
/// The Gender Gap Tracker's quote metric (repository sfu-discourse-lab/GenderGapTracker,
/// nlp/english/evaluation/src/evaluate_quotes.py, as ../shared/data/README.md describes it):
/// 1. For each gold quote in order, the best remaining prediction is the one covering the largest share of the gold
///    span; it matches when that share exceeds the threshold (0.3, 0.8), and is then used up.
/// 2. Unmatched predictions are false positives; precision, recall and F1 come from counts summed over articles.
/// 3. Speaker accuracy over matched quotes: the speaker spans overlap; a gold quote without a speaker matches a
///    prediction without an attribution of its own (no cue: the tracker's "floating quote"), or without a speaker.
/// 4. Verb accuracy over matched quotes: the same cue text, ignoring case.
/// </summary>
public static class QuoteEvaluator
{
    public static readonly ImmutableArray<double> DefaultThresholds = [0.3, 0.8];

    /// <summary>Runs <paramref name="annotate"/> on every article's text and scores its quotes.</summary>
    /// <param name="articles">The gold set.</param>
    /// <param name="annotate">Returns the predicted quotes of a text (spans into that text). Called once per article.</param>
    /// <param name="thresholds">Overlap thresholds; <see cref="DefaultThresholds"/> when null.</param>
    public static QuoteEvaluation Evaluate(IReadOnlyList<GoldArticle> articles, Func<GoldArticle, ImmutableArray<Quote>> annotate, IReadOnlyList<double>? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(annotate);
        thresholds ??= DefaultThresholds;
        var clock = Stopwatch.StartNew();
        var predictions = articles.Select(annotate).ToList();
        var elapsed = clock.Elapsed;

        var scores = ImmutableArray.CreateBuilder<QuoteScores>();
        foreach (var threshold in thresholds)
        {
            var total = new QuoteScores(threshold, 0, 0, 0, 0, 0, 0, 0);
            for (var i = 0; i < articles.Count; i++)
            {
                var s = Score(articles[i], predictions[i], threshold);
                total = new QuoteScores(
                    threshold,
                    total.TruePositives + s.TruePositives,
                    total.FalsePositives + s.FalsePositives,
                    total.FalseNegatives + s.FalseNegatives,
                    total.SpeakerMatches + s.SpeakerMatches,
                    total.VerbMatches + s.VerbMatches,
                    total.DirectGold + s.DirectGold,
                    total.DirectFound + s.DirectFound);
            }

            scores.Add(total);
        }

        return new QuoteEvaluation(articles.Count, articles.Sum(a => a.Quotes.Length), predictions.Sum(p => p.Length), scores.ToImmutable(), elapsed);
    }

    /// <summary>Scores one article's predictions against its gold quotes at one threshold.</summary>
    public static QuoteScores Score(GoldArticle article, ImmutableArray<Quote> predicted, double threshold)
    {
        ArgumentNullException.ThrowIfNull(article);
        var remaining = predicted.ToList();
        int tp = 0, fn = 0, speakers = 0, verbs = 0, directGold = 0, directFound = 0;
        foreach (var gold in article.Quotes)
        {
            directGold += gold.Direct ? 1 : 0;
            var best = -1;
            var bestScore = 0.0;
            for (var p = 0; p < remaining.Count; p++)
            {
                var score = Coverage(gold.Content, remaining[p].Content);
                if (score > threshold && score > bestScore)
                {
                    best = p;
                    bestScore = score;
                }
            }

            if (best < 0)
            {
                fn++;
                continue;
            }

            var match = remaining[best];
            remaining.RemoveAt(best);
            tp++;
            directFound += gold.Direct ? 1 : 0;
            speakers += SpeakerMatches(gold, match) ? 1 : 0;
            verbs += VerbMatches(article.Text, gold, match) ? 1 : 0;
        }

        return new QuoteScores(threshold, tp, remaining.Count, fn, speakers, verbs, directGold, directFound);
    }

    /// <summary>The share of <paramref name="gold"/> that <paramref name="predicted"/> covers (asymmetric, as in the tracker).</summary>
    public static double Coverage(TextSpan gold, TextSpan predicted)
    {
        if (gold.IsEmpty || predicted.IsEmpty)
        {
            return 0;
        }

        var overlap = Math.Min(gold.End, predicted.End) - Math.Max(gold.Start, predicted.Start);
        return overlap <= 0 ? 0 : (double)overlap / gold.Length;
    }

    private static bool SpeakerMatches(GoldQuote gold, Quote predicted)
    {
        if (gold.Speaker.IsDefaultOrEmpty)
        {
            return predicted.Speaker is null || predicted.Cue is null;
        }

        return predicted.Speaker is { } speaker && gold.Speaker.Any(piece => piece.Overlaps(speaker.Mention));
    }

    private static bool VerbMatches(string text, GoldQuote gold, Quote predicted)
    {
        var predictedCue = predicted.Cue is { } cue ? cue.ToString(text).Trim() : "";
        return string.Equals((gold.Cue ?? "").Trim(), predictedCue, StringComparison.OrdinalIgnoreCase);
    }
}
