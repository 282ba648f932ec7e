namespace Newsdesk.Language.Entities;

/// <summary>A training document with its token units (prepared once, with its leave-one-out gazetteer) and its gold
/// BILOU tags, one per token.</summary>
internal sealed record PreparedDocument(TaggingDocument Document, TokenUnit[] Units, int[] Gold);
