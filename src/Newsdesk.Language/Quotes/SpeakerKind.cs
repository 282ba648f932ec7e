namespace Newsdesk.Language.Quotes;

/// <summary>What kind of phrase names a speaker; decides how it resolves to an entity.</summary>
internal enum SpeakerKind
{
    /// <summary>A proper name ("Kim Jong Un", "Mr Kim", "KCNA"): resolved by overlap with an entity mention.</summary>
    Name,

    /// <summary>A personal pronoun (he, she, I): resolved to an earlier person.</summary>
    PersonPronoun,

    /// <summary>A group pronoun (it, they, we): resolved to an earlier organisation.</summary>
    GroupPronoun,

    /// <summary>A definite role noun for a person ("the minister"): resolved to an earlier person.</summary>
    PersonRole,

    /// <summary>A definite noun for an organisation ("the agency"): resolved to an earlier organisation.</summary>
    OrganisationRole,

    /// <summary>An unnamed or indefinite source ("experts", "a spokesperson", "some voters"): no entity.</summary>
    Unnamed,
}
