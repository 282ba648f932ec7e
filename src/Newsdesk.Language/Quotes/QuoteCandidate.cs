using System.Collections.Immutable;
using Newsdesk.Text;

namespace Newsdesk.Language.Quotes;

/// <summary>A quote found by the rules before its speaker is resolved to an entity.</summary>
/// <param name="Content">The content span (for a direct quote, with its quotation marks); for a discontinuous quote,
/// from its first piece to its last.</param>
/// <param name="Direct">True when the content is a quotation in marks.</param>
/// <param name="Cue">The cue span, or null for a quote with no attribution of its own.</param>
/// <param name="Speaker">The speaker phrase, or null.</param>
/// <param name="Source">The phrase that relays the words when it is not the speaker ("…, KCNA said").</param>
/// <param name="Inherited">True when the speaker was carried over from the previous quote (a floating quote).</param>
/// <param name="Parts">The pieces of a discontinuous quote (“…,” said X. “…”), in order; empty otherwise.</param>
internal sealed record QuoteCandidate(
    TextSpan Content,
    bool Direct,
    TextSpan? Cue,
    SpeakerPhrase? Speaker,
    SpeakerPhrase? Source = null,
    bool Inherited = false,
    ImmutableArray<TextSpan> Parts = default)
{
    /// <summary>The content's pieces: <see cref="Parts"/>, or the content itself when it is continuous.</summary>
    public ImmutableArray<TextSpan> Pieces => Parts.IsDefaultOrEmpty ? [Content] : Parts;
}
