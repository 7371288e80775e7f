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

    [Theory]
    [InlineData("At least 11 people were killed when the cyclone struck, the ministry said.", "11", "people killed")]
    [InlineData("The cyclone killed 11 people, the ministry said.", "11", "people killed")]
    [InlineData("About 1.6 million people had been evacuated by Wednesday, officials said.", "1.6 million", "people evacuated")]
    [InlineData("Some 300 people were injured, the ministry said.", "300", "people injured")]
    [InlineData("Another 23 fishermen were missing, the coast guard said.", "23", "fishermen missing")]
    [InlineData("Police said 4,000 people were left homeless.", "4,000", "people homeless")]
    [InlineData("Floods have displaced 12,000 people since May, the agency said.", "12,000", "people displaced")]
    [InlineData("Police arrested 17 people after the march, the police chief said.", "17", "people arrested")]
    public void What_happened_to_the_counted_things_is_part_of_the_concept(string text, string number, string thing)
        => Assert.Equal(thing, ClaimTestText.On(text, number).Concept.Thing);

    [Theory]
    [InlineData("About 7,500 Ethiopian troops were deployed in Somalia, the ministry said.", "7,500")]
    [InlineData("The ministry said 40 deaths had been confirmed.", "40")]
    public void A_state_that_sets_no_count_apart_or_a_noun_that_names_it_adds_none(string text, string number)
        => Assert.DoesNotContain(' ', ClaimTestText.On(text, number).Concept.Thing);

    [Theory]
    [InlineData("The death toll rose to 47 on Thursday, the ministry said.", "47", "toll")]
    [InlineData("Officials put insured losses at $3 billion.", "$3 billion", "loss")]
    [InlineData("The ministry said inflation was 4%.", "4%", "inflation")]
    public void A_figure_for_a_thing_named_before_it_counts_that_thing(string text, string number, string head)
        => Assert.StartsWith(head, ClaimTestText.On(text, number).Concept.Thing, StringComparison.Ordinal);

    [Fact]
    public void A_number_counting_nothing_named_has_a_concept_from_its_kind()
    {
        var claim = ClaimTestText.On("Prices rose 12% in March, the statistics office said.", "12%");
        Assert.Equal("percent", claim.Concept.Thing);
    }
}
