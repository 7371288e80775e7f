namespace Claimline.Entities;

/// <summary>
/// The kinds of entity the tagger finds. CoNLL-2003's four types map onto them (PER → <see cref="Person"/>,
/// ORG → <see cref="Org"/>, LOC → <see cref="Loc"/>, MISC → <see cref="Misc"/>); <see cref="Norp"/> is split off
/// MISC by the demonym gazetteer and maps back to MISC for evaluation.
/// </summary>
public enum EntityType : byte
{
    /// <summary>People, real or fictional: Ana Kovac, Kim Jong Un.</summary>
    Person,

    /// <summary>Organizations: companies, agencies, parties, teams, international bodies (United Nations, NATO).</summary>
    Org,

    /// <summary>Places, including countries, cities and regions (CoNLL's LOC, which covers GPE).</summary>
    Loc,

    /// <summary>Nationalities, religious and political groups: North Korean, Ukrainian, Buddhist.</summary>
    Norp,

    /// <summary>Other names: events, works, products, and adjectives of names the gazetteer does not know.</summary>
    Misc,
}
