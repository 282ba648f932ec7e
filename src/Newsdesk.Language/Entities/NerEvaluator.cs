using Newsdesk.Documents;

namespace Newsdesk.Language.Entities;

/// <summary>
/// Scores predicted entities against gold ones the way conlleval does (exact span and type, micro-averaged), reading
/// IOB1, IOB2 or BILOU tags alike. Add sentences one by one, then call <see cref="Result"/>. Not thread-safe.
/// </summary>
public sealed class NerEvaluator
{
    private readonly int[] _gold = new int[4];
    private readonly int[] _predicted = new int[4];
    private readonly int[] _correct = new int[4];
    private int _tokens;
    private int _correctTokens;

    public void Add(IReadOnlyList<EntityChunk> gold, IReadOnlyList<EntityChunk> predicted, int tokenCount)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSet = new HashSet<EntityChunk>(gold);
        foreach (var chunk in gold)
        {
            _gold[(int)chunk.Type]++;
        }

        foreach (var chunk in predicted)
        {
            _predicted[(int)chunk.Type]++;
            if (goldSet.Contains(chunk))
            {
                _correct[(int)chunk.Type]++;
            }
        }

        // Token accuracy over IOB2 labels, as conlleval's "accuracy" line.
        var goldTags = EntityTagSet.ToIob2(gold, tokenCount);
        var predictedTags = EntityTagSet.ToIob2(predicted, tokenCount);
        _tokens += tokenCount;
        for (var i = 0; i < tokenCount; i++)
        {
            _correctTokens += goldTags[i] == predictedTags[i] ? 1 : 0;
        }
    }

    public void Add(IReadOnlyList<string?> goldTags, IReadOnlyList<string?> predictedTags)
    {
        ArgumentNullException.ThrowIfNull(goldTags);
        Add(EntityTagSet.ChunksOfIob(goldTags), EntityTagSet.ChunksOfIob(predictedTags), goldTags.Count);
    }

    public NerEvaluation Result()
    {
        var byType = new SortedDictionary<EntityType, NerScore>();
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var t = (int)type;
            byType[type] = new NerScore(_gold[t], _predicted[t], _correct[t]);
        }

        var overall = new NerScore(_gold.Sum(), _predicted.Sum(), _correct.Sum());
        return new NerEvaluation(overall, byType, _tokens, _correctTokens);
    }
}
