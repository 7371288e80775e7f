namespace Claimline.Claims;

/// <summary>
/// Gives a concept with no place country the place of the only located concept of the same thing and entity country
/// in the same set (an article, or the articles of a timeline): <c>6,000 Ethiopian troops on Kenya's border</c>
/// joins <c>KP troops in RU</c> when that is the only place the set counts KP troops. With none or several, it stays
/// unplaced rather than guess.
/// </summary>
public static class ConceptPlacement
{
    public static IReadOnlyList<QuantityConcept> Place(IReadOnlyList<QuantityConcept> concepts)
    {
        var places = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            if (concept.PlaceCountry is { } place && concept.EntityCountry is not null)
            {
                var key = concept.Thing + "|" + concept.EntityCountry;
                if (!places.TryGetValue(key, out var set))
                {
                    places[key] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(place);
            }
        }

        var placed = new QuantityConcept[concepts.Count];
        for (var i = 0; i < concepts.Count; i++)
        {
            var concept = concepts[i];
            placed[i] = concept.PlaceCountry is null && concept.EntityCountry is not null
                && places.TryGetValue(concept.Thing + "|" + concept.EntityCountry, out var set) && set.Count == 1
                ? concept.PlacedIn(set.First(), $"no place country of its own; the only place the set counts {concept.EntityCountry} {concept.Thing}: {set.First()}")
                : concept;
        }

        return placed;
    }
}
