using Claimline.Entities.Resolution;
using Claimline.Quantities;

namespace Claimline.Claims;

/// <summary>
/// The concept a quantity is about: its counted head through the synonym table, the country of the entities counted
/// (a demonym group and its country give the same code: group:KP and country:KP → KP) and the country of the place
/// (Kherson Oblast → UA), each step written to the evidence.
/// </summary>
public sealed class ConceptMaker(ClaimLexicon lexicon)
{
    /// <summary>
    /// The concept of a quantity; <paramref name="state"/> is what happened to the counted things (<c>killed</c>,
    /// <c>evacuated</c>: <c>counted-states.tsv</c>), part of the thing (`people killed`), or null.
    /// </summary>
    public QuantityConcept Of(Quantity quantity, IReadOnlyDictionary<string, Referent> referents, string? state = null)
    {
        var evidence = new List<string>(3);
        if (quantity.Counted is not { } counted)
        {
            // Nothing named is counted: the kind alone, which groups little, and says so.
            var kind = quantity.Kind switch
            {
                QuantityKind.Percent => "percent",
                QuantityKind.Money => "money " + quantity.Unit,
                _ => "count",
            };
            evidence.Add($"no counted phrase: the concept is the kind, {kind}");
            return QuantityConcept.Create(kind, null, null, evidence);
        }

        var thing = lexicon.Things.TryGetValue(counted.Lemma, out var synonym) ? synonym : counted.Lemma;
        evidence.Add(thing == counted.Lemma
            ? $"counted '{counted.Head}' → {thing}"
            : $"counted '{counted.Head}' → {thing} (synonym table: {counted.Lemma} → {thing})");
        if (state is not null)
        {
            // `11 people killed` and `1.6 million people evacuated` are two counts, not one that conflicts.
            thing += " " + state;
            evidence.Add($"state: {state}");
        }

        if (quantity.Kind != QuantityKind.Count)
        {
            return QuantityConcept.Create(thing, null, null, evidence);
        }

        string? entityCountry = null;
        foreach (var key in quantity.CountedEntities)
        {
            entityCountry = CountryOf(key, referents);
            if (entityCountry is not null)
            {
                evidence.Add($"entity {key} → {entityCountry}");
                break;
            }
        }

        string? placeCountry = null;
        if (quantity.Location is { Key: { } placeKey } location)
        {
            var last = location.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            if (lexicon.BoundaryNouns.Contains(last))
            {
                evidence.Add($"place '{location.Text}' is beside {placeKey}, not in it: no place country of its own");
            }
            else
            {
                placeCountry = CountryOf(placeKey, referents);
                if (placeCountry is not null)
                {
                    evidence.Add($"place '{location.Text}' ({placeKey}) → {placeCountry}");
                }
            }
        }

        return QuantityConcept.Create(thing, entityCountry, placeCountry, evidence);
    }

    private static string? CountryOf(string key, IReadOnlyDictionary<string, Referent> referents)
    {
        if (referents.TryGetValue(key, out var referent) && referent.Country is { } country)
        {
            return country;
        }

        // Keys of countries and groups carry the code themselves, even when the referent is from another article.
        return key.StartsWith("country:", StringComparison.Ordinal) || key.StartsWith("group:", StringComparison.Ordinal)
            ? key[(key.IndexOf(':') + 1)..]
            : null;
    }
}
