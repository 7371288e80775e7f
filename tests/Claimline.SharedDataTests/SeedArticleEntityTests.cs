using Claimline.Entities.Resolution;
using Claimline.Model;

namespace Claimline.SharedDataTests;

/// <summary>Issue #3 acceptance: every required entity of the seed article's gold, with canonical name, type, roles, country and mentions.</summary>
public class SeedArticleEntityTests
{
    public static TheoryData<string> RequiredEntities()
        => SeedArticle.Required("entities", "canonical");

    [Theory]
    [MemberData(nameof(RequiredEntities))]
    public void Required_entity_is_resolved_as_the_gold_says(string canonical)
    {
        _ = SharedData.Path("acceptance", "seed-article.gold.json");
        var gold = SeedArticle.GoldItem("entities", "canonical", canonical);
        var document = SeedArticle.Document;
        var referents = document.Get(Layers.Referents);
        var referent = Assert.Single(referents, r => string.Equals(r.Canonical, canonical, StringComparison.OrdinalIgnoreCase));

        var expectedKinds = gold.GetProperty("type").GetString() switch
        {
            "PERSON" => new[] { ReferentKind.Person },
            "GPE" => [ReferentKind.Country],
            "LOC" => [ReferentKind.Place, ReferentKind.Country],
            "ORG" => [ReferentKind.Organization],
            var other => throw new InvalidOperationException($"unknown gold type {other}"),
        };
        Assert.Contains(referent.Kind, expectedKinds);

        var mentions = referent.Mentions.Select(m => m.Of(document.Text)).ToHashSet(StringComparer.Ordinal);
        foreach (var mention in gold.GetProperty("mentions").EnumerateArray().Select(m => m.GetString()!))
        {
            Assert.True(mentions.Contains(mention), $"{canonical}: mention '{mention}' missing; found {string.Join(", ", mentions)}");
        }

        if (gold.TryGetProperty("roles", out var roles))
        {
            foreach (var role in roles.EnumerateArray().Select(r => r.GetString()!))
            {
                Assert.Contains(referent.Roles, r => string.Equals(r.Title, role, StringComparison.OrdinalIgnoreCase));
            }
        }

        if (gold.TryGetProperty("country", out var country))
        {
            Assert.Equal(country.GetString(), referent.Country is { } code ? EntityDirectory.English.CountryName(code) : null);
        }
    }


}
