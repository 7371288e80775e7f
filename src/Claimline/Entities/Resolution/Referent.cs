using Claimline.Model;

namespace Claimline.Entities.Resolution;

/// <summary>
/// One person, organization, place or group as the article speaks of it, however often and however it is written:
/// its canonical name, a key that is the same in every article (<c>person:ana-kovac</c>, <c>country:KP</c>,
/// <c>org:united-nations</c>), every mention, and for people the roles the article gives them.
/// </summary>
/// <param name="Span">The first mention.</param>
/// <param name="Type">The entity type (a capital or seat standing for its country makes a <see cref="EntityType.Loc"/> country).</param>
/// <param name="Kind">What kind of referent: person, country, place, organization, group, other.</param>
/// <param name="Canonical">The fullest name the article or the gazetteer gives: <c>Ana Kovac</c>, <c>North Korea</c>, <c>Kherson Oblast</c>.</param>
/// <param name="Key">Stable across articles: the kind and the gazetteer id (ISO code, canonical organization) or the normalized canonical name.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code: a country's own, a person's from their role, a body's or a group's.</param>
/// <param name="Mentions">The spans that name it, in text order (from the entity layer, the datelines, and spans widened over <c>region</c> or <c>administration</c>).</param>
/// <param name="Roles">For people: the roles written beside their name.</param>
/// <param name="Evidence">How the mentions were joined, one reason per mention after the first (for analysts and tests).</param>
/// <param name="Location">For countries and places: a point on the map (the country's representative point, a division's or a town's), when the gazetteer knows it unambiguously.</param>
public sealed record Referent(
    TextSpan Span,
    EntityType Type,
    ReferentKind Kind,
    string Canonical,
    string Key,
    string? Country,
    IReadOnlyList<TextSpan> Mentions,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<string> Evidence,
    GeoPoint? Location = null) : IAnnotation;

/// <summary>The kinds of <see cref="Referent"/>.</summary>
public enum ReferentKind
{
    Person,
    Country,
    Place,
    Organization,
    Group,
    Other,
}

/// <summary>
/// A role written beside a person's name: <c>Defense Secretary</c> (title) of the United States (country, from the
/// story's dateline), <c>deputy U.S. ambassador to the United Nations</c> (country US, organization United Nations),
/// <c>Pentagon spokesman</c> with the rank <c>Maj. Gen.</c>.
/// </summary>
public sealed record Role(TextSpan Span, string Title, string? Country, string? Organization, string? Rank, RoleSource Source);

/// <summary>Where a role's country came from.</summary>
public enum RoleSource
{
    /// <summary>A country name or demonym inside the role (<c>South Korean Defense Minister</c>, <c>U.S. ambassador</c>).</summary>
    Explicit,

    /// <summary>Shared with a coordinated role (<c>South Korean Foreign Minister X and Defense Minister Y</c>).</summary>
    Coordinated,

    /// <summary>The country of the story's dateline (<c>WASHINGTON (AP) —</c>): news leaves the home government unsaid.</summary>
    Dateline,

    /// <summary>No country could be given.</summary>
    None,
}
