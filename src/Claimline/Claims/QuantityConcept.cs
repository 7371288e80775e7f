namespace Claimline.Claims;

/// <summary>
/// What a claim is about, worded the same way in every article: the counted thing through the synonym table, the
/// country of the counted entities and the country of the place (<c>Ethiopian soldiers in the Gedo region</c> →
/// <c>troop|KP|RU</c>, labelled <c>KP troops in RU</c>).
/// </summary>
/// <param name="Key">Thing, entity country and place country joined by <c>|</c>; an empty part is unknown.</param>
/// <param name="Label">The key for people: <c>KP troops in RU</c>.</param>
/// <param name="Thing">The normalized counted thing (<c>troop</c>), or the kind for a number that counts nothing named (<c>percent</c>).</param>
/// <param name="EntityCountry">ISO code of the entities counted (<c>KP</c>), if any.</param>
/// <param name="PlaceCountry">ISO code of the place's country (<c>RU</c>), if any.</param>
/// <param name="Evidence">Which words and entities matched, one line each, to explain the grouping.</param>
public sealed record QuantityConcept(string Key, string Label, string Thing, string? EntityCountry, string? PlaceCountry, IReadOnlyList<string> Evidence)
{
    /// <summary>Makes the key and label from the parts.</summary>
    public static QuantityConcept Create(string thing, string? entityCountry, string? placeCountry, IReadOnlyList<string> evidence)
    {
        var label = (entityCountry is null ? "" : entityCountry + " ") + Plural(thing) + (placeCountry is null ? "" : " in " + placeCountry);
        return new QuantityConcept($"{thing}|{entityCountry}|{placeCountry}", label, thing, entityCountry, placeCountry, evidence);
    }

    /// <summary>
    /// Whether the concept is only the kind of a number that counts nothing named (<c>percent</c>, <c>count</c>,
    /// <c>money USD</c>, see <see cref="ConceptMaker"/>): such claims are about unrelated things, so no timeline
    /// compares them (issue #16). A counted noun whose lemma is <c>count</c> (<c>three counts of fraud</c>) is taken
    /// for the kind too; it is rare enough.
    /// </summary>
    public bool IsKindOnly => EntityCountry is null && PlaceCountry is null
        && (Thing is "percent" or "count" || Thing.StartsWith("money ", StringComparison.Ordinal));

    /// <summary>This concept placed in <paramref name="placeCountry"/>, with the reason added to the evidence.</summary>
    public QuantityConcept PlacedIn(string placeCountry, string reason)
        => Create(Thing, EntityCountry, placeCountry, [.. Evidence, reason]);

    // Labels read better in the plural; the thing itself stays a lemma so that keys compare. "people" is the one
    // thing the synonym table gives that is plural already.
    private static string Plural(string thing) => thing.EndsWith('s') || thing.Contains(' ') || thing == "people" ? thing : thing + "s";
}
