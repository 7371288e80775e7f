using Claimline.Claims;

namespace Claimline.Tests.Claims;

public class ConceptTests
{
    [Theory]
    [InlineData("About 7,500 Ethiopian troops are in Somalia, the ministry said.")]
    [InlineData("About 7,500 Ethiopian forces are in Somalia, the ministry said.")]
    [InlineData("About 7,500 Ethiopian soldiers are in Gedo, the ministry said.")]
    [InlineData("About 7,500 Ethiopian soldiers are in the Gedo region, the ministry said.")]
    public void Troops_soldiers_and_forces_of_a_demonym_or_a_country_share_one_concept(string text)
    {
        var claim = ClaimTestText.On(text, "7,500");
        Assert.Equal("troop|ET|SO", claim.Concept.Key);
        Assert.Equal("ET troops in SO", claim.Concept.Label);
    }

    [Fact]
    public void The_concept_explains_which_words_and_entities_matched()
    {
        var claim = ClaimTestText.On("About 7,500 Ethiopian soldiers are in the Gedo region, the ministry said.", "7,500");
        Assert.Contains(claim.Concept.Evidence, e => e.Contains("synonym table: soldier → troop", StringComparison.Ordinal));
        Assert.Contains(claim.Concept.Evidence, e => e.Contains("→ ET", StringComparison.Ordinal));
        Assert.Contains(claim.Concept.Evidence, e => e.Contains("→ SO", StringComparison.Ordinal));
    }

    [Fact]
    public void Troops_on_a_border_join_the_only_place_the_article_counts_them()
    {
        const string text = "Some 6,000 Ethiopian troops are massed on Kenya's border, the ministry said. Officials estimate that about 9,000 Ethiopian troops are in Somalia.";
        var border = ClaimTestText.On(text, "6,000");
        Assert.Equal("troop|ET|SO", border.Concept.Key);
    }

    [Fact]
    public void A_number_counting_nothing_named_has_a_concept_from_its_kind()
    {
        var claim = ClaimTestText.On("Prices rose 12% in March, the statistics office said.", "12%");
        Assert.Equal("percent", claim.Concept.Thing);
    }
}
