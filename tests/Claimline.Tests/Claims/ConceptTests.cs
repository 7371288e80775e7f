using Claimline.Claims;

namespace Claimline.Tests.Claims;

public class ConceptTests
{
    [Theory]
    [InlineData("About 10,000 North Korean troops are in Russia, the ministry said.")]
    [InlineData("About 10,000 DPRK forces are in Russia, the ministry said.")]
    [InlineData("About 10,000 North Korean soldiers are in Kursk Oblast, the ministry said.")]
    [InlineData("About 10,000 North Korean soldiers are in the Kursk region, the ministry said.")]
    public void Troops_soldiers_and_forces_of_a_demonym_or_a_country_share_one_concept(string text)
    {
        var claim = ClaimTestText.On(text, "10,000");
        Assert.Equal("troop|KP|RU", claim.Concept.Key);
        Assert.Equal("KP troops in RU", claim.Concept.Label);
    }

    [Fact]
    public void The_concept_explains_which_words_and_entities_matched()
    {
        var claim = ClaimTestText.On("About 10,000 DPRK soldiers are in Kursk Oblast, the ministry said.", "10,000");
        Assert.Contains(claim.Concept.Evidence, e => e.Contains("synonym table: soldier → troop", StringComparison.Ordinal));
        Assert.Contains(claim.Concept.Evidence, e => e.Contains("→ KP", StringComparison.Ordinal));
        Assert.Contains(claim.Concept.Evidence, e => e.Contains("→ RU", StringComparison.Ordinal));
    }

    [Fact]
    public void Troops_on_a_border_join_the_only_place_the_article_counts_them()
    {
        const string text = "Some 8,000 North Korean troops are now on Ukraine's border, the ministry said. The U.S. has estimated there are about 10,000 North Korean troops in Russia.";
        var border = ClaimTestText.On(text, "8,000");
        Assert.Equal("troop|KP|RU", border.Concept.Key);
    }

    [Fact]
    public void A_number_counting_nothing_named_has_a_concept_from_its_kind()
    {
        var claim = ClaimTestText.On("Prices rose 12% in March, the statistics office said.", "12%");
        Assert.Equal("percent", claim.Concept.Thing);
    }
}
