using Claimline.Claims;
using Claimline.Model;

namespace Claimline.SharedDataTests;

/// <summary>Issue #6, claims: every required gold claim of the seed article is found with holder, counted thing, location, value, qualifier and date, and the troop claims share one concept.</summary>
public class SeedArticleClaimTests
{
    public static TheoryData<string> RequiredClaims()
        => SeedArticle.Required("claims", "evidence");

    [Theory]
    [MemberData(nameof(RequiredClaims))]
    public void Required_claim_is_found_with_holder_counted_thing_location_value_qualifier_and_date(string evidence)
    {
        _ = SharedData.Path("acceptance", "seed-article.gold.json");
        var gold = SeedArticle.GoldItem("claims", "evidence", evidence);
        var document = SeedArticle.Document;
        var at = document.Text.IndexOf(evidence, StringComparison.Ordinal);
        Assert.True(at >= 0, $"evidence not found in the article: {evidence}");
        var within = new TextSpan(at, at + evidence.Length);
        var quantities = document.Get(Layers.Quantities);
        var value = gold.GetProperty("value").GetDouble();
        var claim = Assert.Single(document.Get(Layers.Claims), c => c.Span.Overlaps(within) && quantities[c.Quantity].Value == value && within.Contains(quantities[c.Quantity].Span));
        var quantity = quantities[claim.Quantity];

        Assert.Equal(gold.GetProperty("holder").GetString(), claim.Holder.Name);
        if (gold.TryGetProperty("via", out var via))
        {
            Assert.Equal(via.GetString(), claim.Via);
        }

        Assert.Equal(gold.GetProperty("as_of").GetString(), claim.Date);
        Assert.Equal(gold.GetProperty("qualifier").GetString(), quantity.Qualifier.ToString() switch
        {
            "AtMost" => "at_most",
            "AtLeast" => "at_least",
            var other => other.ToLowerInvariant(),
        });
        var troops = gold.GetProperty("quantity").GetString() == "North Korean troops";
        Assert.Equal(troops ? "troop" : "container", claim.Concept.Thing);
        var location = gold.GetProperty("location").GetString()!;
        Assert.True(
            quantity.Location!.Text.Replace('’', '\'') == location || quantity.Location.Name == location,
            $"location '{quantity.Location.Text}' ({quantity.Location.Name}) is not '{location}'");
    }

    [Fact]
    public void The_three_troop_estimates_and_the_three_kursk_claims_share_one_concept()
    {
        _ = SharedData.Path("acceptance", "seed-article.gold.json");
        var document = SeedArticle.Document;
        var quantities = document.Get(Layers.Quantities);
        var troops = document.Get(Layers.Claims).Where(c => quantities[c.Quantity].Value is 8000 or 10000 or 11000 or 12000).ToList();

        Assert.Equal([8000, 8000, 8000, 10000, 11000, 12000], troops.Select(c => quantities[c.Quantity].Value ?? 0).Order());
        Assert.Single(troops.Select(c => c.Concept.Key).Distinct());
        Assert.Equal("KP troops in RU", troops[0].Concept.Label);
        Assert.Equal(2, troops.Count(c => quantities[c.Quantity].Location?.Name == "Kursk Oblast"));
    }

    [Fact]
    public void The_denial_of_troops_in_russia_is_held_by_russia()
    {
        _ = SharedData.Path("acceptance", "seed-article.gold.json");
        var denial = Assert.Single(SeedArticle.Document.Get(Layers.Claims), c => c.Modality == Modality.Denies);
        Assert.Equal("Russia", denial.Holder.Name);
        Assert.Equal("troop|KP|RU", denial.Concept.Key);
    }


}
