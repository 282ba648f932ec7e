using System.Diagnostics;

namespace Newsdesk.Language.Entities;

/// <summary>
/// Trains an <see cref="EntityModel"/> from CoNLL documents with an averaged online learner (structured perceptron or
/// passive-aggressive updates, <see cref="UpdateRule"/>):
/// <list type="number">
/// <item>builds the word lexicon (clusters, case statistics) from the training text plus any unlabelled sentences;</item>
/// <item>learns a gazetteer from the training names, seen by each training document only through the other documents
/// (<see cref="LeaveOneOutGazetteer"/>), plus the optional external list (countries);</item>
/// <item>trains the first pass (<see cref="PassTrainer"/>): hashed token features, averaged online updates;</item>
/// <item>with <see cref="TrainingOptions.Folds"/> ≥ 2, trains a second pass that reads the first pass's labels of the
/// same words elsewhere in the article (<see cref="DocumentHistory"/>). Its training documents must see first-pass
/// labels as error-prone as on new text, so they come from a jackknife: fold <c>k</c> is tagged by a first pass trained
/// on the other folds (a first pass's labels on its own training data would be near perfect, and the second pass
/// would learn to copy them).</item>
/// </list>
/// After each epoch of the shipped passes the model so far is scored on the dev documents, if given.
/// Deterministic for given inputs and options.
/// </summary>
public static class EntityModelTrainer
{
    private const int T = EntityTagSet.Count;

    public static EntityModel Train(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument>? dev, TrainingOptions options,
        IReadOnlyList<string[]>? unlabeled = null, IReadOnlyDictionary<ulong, byte>? external = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        log ??= _ => { };
        var clock = Stopwatch.StartNew();

        var lexiconText = train.SelectMany(d => d.Sentences.Select(s => s.Tokens)).Concat(unlabeled ?? []).ToList();
        var lexicon = LexiconBuilder.Build(lexiconText, log, options.ClusterDraw);
        log($"lexicon built in {clock.Elapsed.TotalSeconds:F1} s");

        // Gazetteer from training names, per document, so that each document can be left out of its own view.
        var totals = new Dictionary<ulong, int[]>();
        var perDocument = new List<Dictionary<ulong, int[]>>();
        foreach (var document in train)
        {
            var own = new Dictionary<ulong, int[]>();
            foreach (var sentence in document.Sentences)
            {
                foreach (var chunk in EntityTagSet.ChunksOfIob(sentence.Tags))
                {
                    if (chunk.End - chunk.Start > LearnedGazetteer.MaxTokens)
                    {
                        continue;
                    }

                    var key = LearnedGazetteer.KeyOf(sentence.Tokens[chunk.Start..chunk.End]);
                    Increment(own, key, (int)chunk.Type);
                    Increment(totals, key, (int)chunk.Type);
                }
            }

            perDocument.Add(own);
        }

        var externalGazetteer = new LearnedGazetteer(new Dictionary<ulong, byte>(external ?? new Dictionary<ulong, byte>()));
        var gazetteerEntries = new Dictionary<ulong, byte>(externalGazetteer.Entries);
        foreach (var (key, counts) in totals)
        {
            var types = gazetteerEntries.GetValueOrDefault(key);
            for (var t = 0; t < 4; t++)
            {
                types |= counts[t] > 0 ? (byte)(1 << t) : (byte)0;
            }

            gazetteerEntries[key] = types;
        }

        var gazetteer = new LearnedGazetteer(gazetteerEntries);

        var featurizer = new TokenFeaturizer(lexicon, gazetteer);
        var docCase = new Dictionary<ulong, byte>();
        var prepared = new PreparedDocument[train.Count];
        for (var d = 0; d < train.Count; d++)
        {
            var document = TaggingDocument.FromConll(train[d]);
            var units = new TokenUnit[document.Tokens.Length];
            featurizer.Prepare(document, units, docCase, new LeaveOneOutGazetteer(totals, perDocument[d], externalGazetteer));
            var gold = new int[document.Tokens.Length];
            for (var s = 0; s < document.SentenceCount; s++)
            {
                var start = document.SentenceStarts[s];
                EntityTagSet.Encode(EntityTagSet.ChunksOfIob(train[d].Sentences[s].Tags), gold.AsSpan(start, document.SentenceStarts[s + 1] - start));
            }

            prepared[d] = new PreparedDocument(document, units, gold);
        }

        log($"{prepared.Length} training documents prepared; {clock.Elapsed.TotalSeconds:F1} s");
        var all = Enumerable.Range(0, prepared.Length).ToArray();
        Func<LinearChain, string>? score1 = dev is { Count: > 0 }
            ? chain => Score(new EntityModel(lexicon, gazetteer, [chain]), dev)
            : null;
        var first = PassTrainer.Train(prepared, all, usesHistory: false, options, score1, message => log($"pass 1: {message}"));
        if (options.Folds < 2)
        {
            return new EntityModel(lexicon, gazetteer, [first]);
        }

        var tags = new int[prepared.Max(p => p.Units.Length)];
        var index = new Dictionary<ulong, int>();
        var historyCounts = new int[256];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var rest = all.Where(d => d % options.Folds != fold).ToArray();
            var chain = PassTrainer.Train(prepared, rest, usesHistory: false, options, null, message => log($"fold {fold + 1}/{options.Folds}: {message}"));
            var foldModel = new EntityModel(lexicon, gazetteer, [chain]);
            foreach (var d in all.Where(d => d % options.Folds == fold))
            {
                var p = prepared[d];
                var scratch = TaggerScratch.For(p.Units.Length);
                var own = tags.AsSpan(0, p.Units.Length);
                foldModel.TagPrepared(p.Document, p.Units, scratch, null, own);
                DocumentHistory.Fill(p.Units, own, index, ref historyCounts);
            }
        }

        Func<LinearChain, string>? score2 = dev is { Count: > 0 }
            ? chain => Score(new EntityModel(lexicon, gazetteer, [first, chain]), dev)
            : null;
        var second = PassTrainer.Train(prepared, all, usesHistory: true, options, score2, message => log($"pass 2: {message}"));
        return new EntityModel(lexicon, gazetteer, [first, second]);
    }

    private static string Score(EntityModel model, IReadOnlyList<ConllDocument> dev)
    {
        var score = ConllTagger.Evaluate(model, dev).Overall;
        return $"dev P {score.Precision:P2} R {score.Recall:P2} F1 {score.F1:P2}";
    }

    private static void Increment(Dictionary<ulong, int[]> counts, ulong key, int type)
    {
        if (!counts.TryGetValue(key, out var array))
        {
            array = new int[4];
            counts[key] = array;
        }

        array[type]++;
    }
}
