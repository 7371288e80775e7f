using Claimline.Entities;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;

namespace Claimline.Tests.Entities;

public class DivisionRefinerTests
{
    private static readonly DivisionRefiner s_refiner = DivisionRefiner.English;

    [Fact]
    public void A_name_tagged_apart_from_its_division_word_becomes_one_place()
    {
        string[] words = ["Troops", "left", "Kherson", "Oblast", "."];
        var refined = s_refiner.Refine([(2, 3, EntityType.Org), (3, 4, EntityType.Loc)], words);
        Assert.Equal([(2, 4, EntityType.Loc, true)], refined);
    }

    [Fact]
    public void An_untagged_division_word_joins_the_name_before_it()
    {
        string[] words = ["Rain", "fell", "in", "Gedo", "Province", "."];
        Assert.Equal([(3, 5, EntityType.Loc, true)], s_refiner.Refine([(3, 4, EntityType.Loc)], words));
    }

    [Fact]
    public void Two_organizations_side_by_side_are_one_name()
    {
        string[] words = ["the", "Uganda", "Red", "Cross", "Society", "said"];
        Assert.Equal([(1, 5, EntityType.Org, true)], s_refiner.Refine([(1, 4, EntityType.Org), (4, 5, EntityType.Org)], words));
    }

    [Fact]
    public void People_and_other_words_are_left_alone()
    {
        string[] words = ["Maria", "Region", "spoke", "in", "Lima", "District", "Court"];
        var spans = new List<(int, int, EntityType)> { (0, 1, EntityType.Person), (4, 5, EntityType.Loc) };
        Assert.Equal([(0, 1, EntityType.Person, false), (4, 5, EntityType.Loc, false)], s_refiner.Refine(spans, words));
    }

    [Fact]
    public void The_entity_stage_marks_the_joined_place_as_a_rule_and_resolution_geocodes_it()
    {
        var document = StandardPipeline.Create().Run(DocumentReader.FromText("The United Nations said 12,000 people had left Mykolaiv Oblast since March.", "k"));
        var place = Assert.Single(document.Get(Layers.Entities), e => e.Span.Of(document.Text) == "Mykolaiv Oblast");
        Assert.Equal(EntityType.Loc, place.Type);
        Assert.Equal(EntitySource.Rule, place.Source);
        var referent = Assert.Single(document.Get(Layers.Referents), r => r.Canonical == "Mykolaiv Oblast");
        Assert.Equal("UA", referent.Country);
        Assert.NotNull(referent.Location);
    }
}
