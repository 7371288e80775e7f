using Claimline.Model;
using Claimline.Quantities;

namespace Claimline.SharedDataTests;

/// <summary>Issue #6, quantities: every required gold claim of the seed article has a quantity with its value, qualifier, counted head and location.</summary>
public class SeedArticleQuantityTests
{
    public static TheoryData<string> RequiredClaims()
        => SeedArticle.Required("claims", "evidence");

    [Theory]
    [MemberData(nameof(RequiredClaims))]
    public void Required_claim_has_a_quantity_with_value_qualifier_counted_head_and_location(string evidence)
    {
        _ = SharedData.Path("acceptance", "seed-article.gold.json");
        var gold = SeedArticle.GoldItem("claims", "evidence", evidence);
        var document = SeedArticle.Document;
        var at = document.Text.IndexOf(evidence, StringComparison.Ordinal);
        Assert.True(at >= 0, $"evidence not found in the article: {evidence}");
        var within = new TextSpan(at, at + evidence.Length);
        var value = gold.GetProperty("value").GetDouble();
        var quantity = Assert.Single(document.Get(Layers.Quantities), q => within.Contains(q.Span) && q.Value == value);

        Assert.Equal(gold.GetProperty("qualifier").GetString(), QualifierName(quantity));
        var expectedHeads = gold.GetProperty("quantity").GetString() == "North Korean troops" ? new[] { "troop", "soldier" } : ["container"];
        Assert.Contains(quantity.Counted?.Lemma, expectedHeads);

        var location = gold.GetProperty("location").GetString()!;
        Assert.NotNull(quantity.Location);
        Assert.True(
            quantity.Location.Text.Replace('’', '\'') == location || quantity.Location.Name == location,
            $"location '{quantity.Location.Text}' ({quantity.Location.Name}) is not '{location}'");
    }

    [Fact]
    public void Denial_of_troops_in_russia_is_a_negated_zero()
    {
        var document = SeedArticle.Document;
        var denial = Assert.Single(document.Get(Layers.Quantities), q => q.Negated);
        Assert.Equal(0, denial.Value);
        Assert.Equal("country:RU", denial.Location?.Key);
    }

    private static string QualifierName(Quantity quantity) => quantity.Qualifier switch
    {
        Qualifier.Approx => "approx",
        Qualifier.AtLeast => "at_least",
        Qualifier.AtMost => "at_most",
        Qualifier.Range => "range",
        _ => "exact",
    };


}
