using Newsdesk.Documents;

namespace Newsdesk.Language.Entities;

/// <summary>Entity-level counts and scores, as conlleval reports them: a predicted entity is correct when its span
/// and type both equal a gold entity's.</summary>
public sealed record NerScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The result of <see cref="NerEvaluator"/>: overall and per-type scores, plus token accuracy.</summary>
public sealed record NerEvaluation(NerScore Overall, IReadOnlyDictionary<EntityType, NerScore> ByType, int Tokens, int CorrectTokens)
{
    public double TokenAccuracy => Tokens == 0 ? 0 : (double)CorrectTokens / Tokens;
}
