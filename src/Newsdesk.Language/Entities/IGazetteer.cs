namespace Newsdesk.Language.Entities;

/// <summary>Looks up a hashed sequence of normalised tokens (see <see cref="LearnedGazetteer.KeyOf"/>) and returns a
/// bit mask of the entity types it was seen as (bit <c>(int)EntityType</c>), or 0.</summary>
internal interface IGazetteer
{
    byte TypesOf(ulong key);
}
