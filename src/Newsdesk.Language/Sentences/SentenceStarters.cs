using System.Collections.Frozen;

namespace Newsdesk.Language.Sentences;

/// <summary>
/// Capitalised words that usually begin a sentence. After an abbreviation that may also end a sentence ("U.S.",
/// "Inc.", "Jan."), the splitter only breaks when one of these follows: "the U.S. The talks" splits, "U.S. Navy"
/// does not.
/// </summary>
public static class SentenceStarters
{
    public static FrozenSet<string> Words { get; } = new[]
    {
        // Determiners and pronouns: the commonest sentence openings in news.
        "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "You", "His", "Her",
        "Its", "Their", "Our", "My", "There", "Some", "Many", "Most", "All", "Both", "Each", "Such", "One", "No",
        // Conjunctions and adverbs that open a sentence.
        "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "Still", "Also", "Then", "Now", "Instead",
        "Earlier", "Later", "Last", "Next", "Since", "Because", "Although", "Though",
        // Prepositions and subordinators that open a sentence.
        "In", "On", "At", "For", "With", "By", "From", "After", "Before", "During", "Under", "Over", "As", "If",
        "When", "While", "Where", "What", "Why", "How", "Who", "Which",
    }.ToFrozenSet(StringComparer.Ordinal);
}
