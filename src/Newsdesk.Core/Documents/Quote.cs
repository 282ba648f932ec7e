using System.Collections.Immutable;
using Newsdesk.Text;

namespace Newsdesk.Documents;

/// <summary>
/// Words attributed to someone: a direct quote in quotation marks or reported speech.
/// All spans index <see cref="Document.Text"/>.
/// </summary>
/// <param name="Content">The quoted or reported content, from its first piece to its last: for a discontinuous quote
/// (“…,” said X. “…”) it covers the attribution between the pieces too, so show <see cref="Words"/> to a user.</param>
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
    ImmutableArray<TextSpan> Parts = default)
{
    /// <summary>What stands between two pieces of a discontinuous quote when it is shown: an ellipsis, the usual mark
    /// of words left out of a quotation.</summary>
    public const string PieceSeparator = " … ";

    /// <summary>The content's pieces in text order: <see cref="Parts"/>, or <see cref="Content"/> alone.</summary>
    public ImmutableArray<TextSpan> Pieces => Parts.IsDefaultOrEmpty ? [Content] : Parts;

    /// <summary>True when the quote is discontinuous (it has two or more <see cref="Parts"/>).</summary>
    public bool IsDiscontinuous => !Parts.IsDefaultOrEmpty && Parts.Length > 1;

    /// <summary>The quote's words as shown to a user: the text of its pieces joined by <see cref="PieceSeparator"/>,
    /// without the cue and speaker that sit between them. <paramref name="text"/> is the document's text; throws
    /// <see cref="ArgumentOutOfRangeException"/> when a span lies outside it.</summary>
    public string Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsDiscontinuous ? string.Join(PieceSeparator, Parts.Select(p => p.ToString(text))) : Content.ToString(text);
    }
}

/// <summary>The mention naming a quote's speaker and, when resolved, its canonical entity.</summary>
/// <param name="Mention">The span of the name, title, pronoun or role noun.</param>
/// <param name="EntityId">The <see cref="Entity.Id"/> it resolves to; null for unnamed sources ("experts").</param>
public sealed record QuoteSpeaker(TextSpan Mention, string? EntityId);
