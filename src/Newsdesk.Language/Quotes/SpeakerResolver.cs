using System.Collections.Immutable;
using Newsdesk.Documents;

namespace Newsdesk.Language.Quotes;

/// <summary>
/// Turns candidates into <see cref="Quote"/>s, resolving each speaker phrase to a canonical entity of the article:
/// a name to the entity whose mention it overlaps; a personal pronoun or a definite person role ("the minister") to
/// the last person named before it; a group pronoun or a definite organisation noun ("the agency") to the last
/// organisation named before it; an unnamed source ("experts", "a spokesperson") to no entity.
/// </summary>
internal static class SpeakerResolver
{
    public static ImmutableArray<Quote> Resolve(QuoteContext context, List<QuoteCandidate> candidates)
    {
        var quotes = ImmutableArray.CreateBuilder<Quote>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var speaker = candidate.Speaker is { } s ? new QuoteSpeaker(s.Span, Resolve(context, s, candidate)) : null;
            var source = candidate.Source is { } r ? Resolve(context, r, candidate) : null;
            quotes.Add(new Quote(candidate.Content, candidate.Direct, candidate.Cue, speaker, source, candidate.Parts.IsDefault ? [] : candidate.Parts));
        }

        return quotes.MoveToImmutable();
    }

    private static string? Resolve(QuoteContext context, SpeakerPhrase phrase, QuoteCandidate candidate)
    {
        var before = Math.Min(phrase.Span.Start, candidate.Content.Start);
        switch (phrase.Kind)
        {
            case SpeakerKind.Name:
                return context.EntityAt(phrase.Span)?.Id;
            case SpeakerKind.PersonPronoun:
            case SpeakerKind.PersonRole:
                return context.LastEntityBefore(before, EntityType.Person)?.Id;
            case SpeakerKind.GroupPronoun:
            case SpeakerKind.OrganisationRole:
                return context.EntityAt(phrase.Span)?.Id ?? context.LastEntityBefore(before, EntityType.Organization)?.Id;
            default:
                return context.EntityAt(phrase.Span)?.Id;
        }
    }
}
