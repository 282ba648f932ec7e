namespace Newsdesk.Language.Entities;

/// <summary>How <see cref="PassTrainer"/> changes the weights after decoding a training sentence.</summary>
public enum UpdateRule
{
    /// <summary>Structured perceptron (Collins 2002): add the gold features, subtract the predicted ones, step 1.</summary>
    Perceptron,

    /// <summary>Passive-aggressive PA-I (Crammer et al. 2006, "Online passive-aggressive algorithms", §3 and §8): the
    /// same direction, with step <c>min(C, loss / ‖Δφ‖²)</c>, where loss is the score margin by which the predicted
    /// path beats gold plus its Hamming cost (tokens tagged wrong). Large margins on many wrong tokens get large steps,
    /// near ties small ones; C caps the step so that one noisy sentence cannot move the weights far.</summary>
    PassiveAggressive,
}
