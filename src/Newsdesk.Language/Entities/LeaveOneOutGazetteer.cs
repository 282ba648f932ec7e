namespace Newsdesk.Language.Entities;

/// <summary>
/// The training-time view of the learned gazetteer for one training document: names count only if they were also
/// annotated in some other document. Without this, every training name would match itself and the model would learn
/// to trust the gazetteer far more than it deserves on unseen text (the jackknifing Ratinov and Roth and the Stanford
/// tagger apply to such features).
/// </summary>
internal sealed class LeaveOneOutGazetteer(Dictionary<ulong, int[]> totals, Dictionary<ulong, int[]> ownCounts, IGazetteer external) : IGazetteer
{
    public byte TypesOf(ulong key)
    {
        var types = external.TypesOf(key);
        if (totals.TryGetValue(key, out var counts))
        {
            ownCounts.TryGetValue(key, out var own);
            for (var t = 0; t < 4; t++)
            {
                if (counts[t] - (own?[t] ?? 0) > 0)
                {
                    types |= (byte)(1 << t);
                }
            }
        }

        return types;
    }
}
