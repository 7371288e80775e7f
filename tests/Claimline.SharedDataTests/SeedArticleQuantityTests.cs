using System.Text.Json;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Quantities;
using Claimline.Reading;

namespace Claimline.SharedDataTests;

/// <summary>Issue #6, quantities: every required gold claim of the seed article has a quantity with its value, qualifier, counted head and location.</summary>
public class SeedArticleQuantityTests
{
    private static readonly Lazy<Document> s_document = new(Analyze);

    public static TheoryData<string> RequiredClaims()
    {
        var data = new TheoryData<string>();
        if (!SharedData.Exists("acceptance", "seed-article.gold.json"))
        {
            // Discovery must not fail without ../shared; the one case below skips with the reason when it runs.
            data.Add("(../shared is not present)");
            return data;
        }

        foreach (var claim in Gold().EnumerateArray())
        {
            if (!claim.TryGetProperty("required", out var required) || required.GetBoolean())
            {
                data.Add(claim.GetProperty("evidence").GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredClaims))]
    public void Required_claim_has_a_quantity_with_value_qualifier_counted_head_and_location(string evidence)
    {
        _ = SharedData.Path("acceptance", "seed-article.gold.json");
        var gold = Gold().EnumerateArray().First(c => c.GetProperty("evidence").GetString() == evidence);
        var document = s_document.Value;
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
        var document = s_document.Value;
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

    private static JsonElement Gold()
        => JsonDocument.Parse(File.ReadAllText(SharedData.Path("acceptance", "seed-article.gold.json"))).RootElement.GetProperty("claims");

    private static Document Analyze()
    {
        var read = new DocumentReader().Read(SharedData.Path("acceptance", "seed-article.txt")).Single();
        return StandardPipeline.Create(new PipelineOptions { ValidateLayers = true }).Run(read.Document!);
    }
}
