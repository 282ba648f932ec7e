namespace Newsdesk.Language.Quotes.Evaluation;

/// <summary>Why a gold quote was missed, from the predictions around it (<see cref="QuoteMissReport"/>).</summary>
public enum QuoteMissKind
{
    /// <summary>No prediction overlaps the gold span: the quote was not seen at all.</summary>
    NotFound,

    /// <summary>Predictions overlap it but none covers enough of it: the quote was split, cut short or only partly
    /// found (a discontinuous quote found piece by piece, a mixed quote found as its quoted phrase).</summary>
    CoveredTooLittle,

    /// <summary>A prediction covers enough of it but was used by an earlier gold quote: two quotes were merged into
    /// one prediction, or a prediction ran over its neighbour.</summary>
    TakenByAnother,
}
