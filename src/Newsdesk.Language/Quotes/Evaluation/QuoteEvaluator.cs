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
/// 5. A discontinuous prediction (one with <see cref="Quote.Parts"/>: “…,” said X. “…”) matches either as a whole (its
///    covering span, as PolNeAR annotates such a quote) or piece by piece (as the GGT annotation splits it in two
///    quotes, the later ones without a cue of their own); it is a false positive only when no piece matched.
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
        var matches = Match(article, predicted, threshold);
        int tp = 0, fn = 0, speakers = 0, verbs = 0, directGold = 0, directFound = 0;
        var usedPredictions = new HashSet<int>();
        foreach (var m in matches)
        {
            directGold += m.Gold.Direct ? 1 : 0;
            if (m.Prediction < 0)
            {
                fn++;
                continue;
            }

            usedPredictions.Add(m.Prediction);
            tp++;
            directFound += m.Gold.Direct ? 1 : 0;

            // A later piece of a discontinuous quote has no attribution of its own: its cue sits before it.
            var match = m.Part > 0 ? predicted[m.Prediction] with { Cue = null } : predicted[m.Prediction];
            speakers += SpeakerMatches(m.Gold, match) ? 1 : 0;
            verbs += VerbMatches(article.Text, m.Gold, match) ? 1 : 0;
        }

        return new QuoteScores(threshold, tp, predicted.Length - usedPredictions.Count, fn, speakers, verbs, directGold, directFound);
    }

    /// <summary>Matches each gold quote of <paramref name="article"/>, in order, to the remaining prediction (or
    /// piece of one) covering the largest share of it above <paramref name="threshold"/>.</summary>
    /// <returns>One <see cref="QuoteMatch"/> per gold quote, in the article's order.</returns>
    public static ImmutableArray<QuoteMatch> Match(GoldArticle article, ImmutableArray<Quote> predicted, double threshold)
    {
        ArgumentNullException.ThrowIfNull(article);
        var used = predicted.Select(p => new bool[PartCount(p) + 1]).ToArray();
        var matches = ImmutableArray.CreateBuilder<QuoteMatch>(article.Quotes.Length);
        foreach (var gold in article.Quotes)
        {
            var (best, bestPart) = (-1, -1);
            var bestScore = 0.0;
            for (var p = 0; p < predicted.Length; p++)
            {
                // Pieces first, the whole last: on a tie (a gold quote that is one piece) the piece is the match.
                for (var k = 0; k <= PartCount(predicted[p]); k++)
                {
                    var part = k < PartCount(predicted[p]) ? k : -1;
                    if (!Available(used[p], part))
                    {
                        continue;
                    }

                    var span = part < 0 ? predicted[p].Content : predicted[p].Parts[part];
                    var score = Coverage(gold.Content, span);
                    if (score > threshold && score > bestScore)
                    {
                        (best, bestPart, bestScore) = (p, part, score);
                    }
                }
            }

            if (best >= 0)
            {
                used[best][bestPart + 1] = true;
            }

            matches.Add(new QuoteMatch(gold, best, bestPart, bestScore));
        }

        return matches.MoveToImmutable();
    }

    private static int PartCount(Quote quote) => quote.Parts.IsDefaultOrEmpty ? 0 : quote.Parts.Length;

    /// <summary>A prediction matches as a whole (<paramref name="part"/> -1) while none of its pieces is used, and
    /// piece by piece while the whole is not used.</summary>
    private static bool Available(bool[] used, int part) =>
        part < 0 ? !used.Contains(true) : !used[0] && !used[part + 1];

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
