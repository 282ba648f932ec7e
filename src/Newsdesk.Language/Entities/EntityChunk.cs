using Newsdesk.Documents;

namespace Newsdesk.Language.Entities;

/// <summary>An entity found in a sentence: tokens <c>[Start, End)</c> (indexes into the tokens the tagger was given)
/// and its type.</summary>
public readonly record struct EntityChunk(int Start, int End, EntityType Type);
