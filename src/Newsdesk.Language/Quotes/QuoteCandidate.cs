using Newsdesk.Text;

namespace Newsdesk.Language.Quotes;

/// <summary>A quote found by the rules before its speaker is resolved to an entity.</summary>
/// <param name="Content">The content span (for a direct quote, with its quotation marks).</param>
/// <param name="Direct">True when the content is a quotation in marks.</param>
/// <param name="Cue">The cue span, or null for a quote with no attribution of its own.</param>
/// <param name="Speaker">The speaker phrase, or null.</param>
/// <param name="Source">The phrase that relays the words when it is not the speaker ("…, KCNA said").</param>
/// <param name="Inherited">True when the speaker was carried over from the previous quote (a floating quote).</param>
internal sealed record QuoteCandidate(TextSpan Content, bool Direct, TextSpan? Cue, SpeakerPhrase? Speaker, SpeakerPhrase? Source = null, bool Inherited = false);
