using System.Collections.Immutable;
using Newsdesk.Text;

namespace Newsdesk.Documents;

/// <summary>
/// Words attributed to someone: a direct quote in quotation marks or reported speech.
/// All spans index <see cref="Document.Text"/>.
/// </summary>
/// <param name="Content">The quoted or reported content, from its first piece to its last.</param>
/// <param name="Direct">True when the content is inside quotation marks.</param>
/// <param name="Cue">The speech verb or cue ("said", "according to"), when found.</param>
/// <param name="Speaker">Who said it, when found.</param>
/// <param name="SourceEntityId">The entity that relays the words (KCNA relaying Mr Kim), when not the speaker.</param>
/// <param name="Parts">The content's pieces when it is discontinuous; empty otherwise.</param>
public sealed record Quote(
    TextSpan Content,
    bool Direct,
    TextSpan? Cue,
    QuoteSpeaker? Speaker,
    string? SourceEntityId = null,
    ImmutableArray<TextSpan> Parts = default);

/// <summary>The mention naming a quote's speaker and, when resolved, its canonical entity.</summary>
/// <param name="Mention">The span of the name, title, pronoun or role noun.</param>
/// <param name="EntityId">The <see cref="Entity.Id"/> it resolves to; null for unnamed sources ("experts").</param>
public sealed record QuoteSpeaker(TextSpan Mention, string? EntityId);
