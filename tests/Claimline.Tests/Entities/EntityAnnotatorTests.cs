using Claimline.Entities;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;

namespace Claimline.Tests.Entities;

public class EntityAnnotatorTests
{
    private static readonly AnnotationPipeline s_pipeline = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true });

    private static (string Text, EntityType Type, EntitySource Source)[] Entities(string text)
    {
        var document = s_pipeline.Run(DocumentReader.FromText(text, "test"));
        return document.Get(Layers.Entities).Select(e => (e.Span.Of(text), e.Type, e.Source)).ToArray();
    }

    [Fact]
    public void Person_organization_and_place_are_found_in_one_sentence()
    {
        var entities = Entities("Defense Minister Ana Kovac met officials from the United Nations in Geneva on Tuesday.");
        Assert.Contains(("Ana Kovac", EntityType.Person, EntitySource.Model), entities);
        Assert.Contains(("United Nations", EntityType.Org, EntitySource.Model), entities);
        Assert.Contains(("Geneva", EntityType.Loc, EntitySource.Model), entities);
        Assert.DoesNotContain(entities, e => e.Text is "Tuesday" or "Defense Minister Ana Kovac");
    }

    [Fact]
    public void A_demonym_is_retyped_as_norp_by_the_gazetteer()
    {
        var entities = Entities("North Korean troops fired artillery near the border, officials said.");
        Assert.Contains(("North Korean", EntityType.Norp, EntitySource.Gazetteer), entities);
    }

    [Fact]
    public void A_possessive_clitic_stays_outside_the_name()
    {
        var entities = Entities("Ukraine’s foreign minister, Dmytro Orlenko, spoke in Warsaw.");
        Assert.Contains(("Ukraine", EntityType.Loc, EntitySource.Model), entities);
        Assert.Contains(entities, e => e.Text == "Dmytro Orlenko" && e.Type == EntityType.Person);
    }

    [Fact]
    public void A_surname_alone_keeps_the_type_its_full_name_had_earlier_in_the_article()
    {
        var entities = Entities("Finance Minister Halvard Brekke presented the budget in Oslo on Monday. Brekke said taxes would not rise.");
        Assert.Contains(("Brekke", EntityType.Person, EntitySource.Model), entities);
    }

    [Fact]
    public void Invented_company_names_ending_in_a_designator_are_organizations()
    {
        // Names the training data cannot have seen; the designator word (Shipping, Logistics, GmbH) says what they are.
        var entities = Entities("Shares of Brekkestad Shipping rose 4 percent on Tuesday, while Sunfield Logistics fell after Kalvmark Automotive GmbH cut its forecast.");
        Assert.Contains(("Brekkestad Shipping", EntityType.Org, EntitySource.Model), entities);
        Assert.Contains(("Sunfield Logistics", EntityType.Org, EntitySource.Model), entities);
        Assert.Contains(entities, e => e.Text.StartsWith("Kalvmark Automotive", StringComparison.Ordinal) && e.Type == EntityType.Org);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Text_without_names_gives_an_empty_layer()
        => Assert.Empty(Entities("the rain stopped and everyone went home."));

    [Fact]
    public void Confidence_lies_in_the_unit_interval()
    {
        var document = s_pipeline.Run(DocumentReader.FromText("Kovac met Brekke in Geneva and Oslo.", "test"));
        Assert.All(document.Get(Layers.Entities), e => Assert.InRange(e.Confidence, 0f, 1f));
    }

    [Fact]
    public void Documents_tagged_in_parallel_get_the_same_entities_as_one_by_one()
    {
        string[] texts =
        [
            "Defense Minister Ana Kovac met officials from the United Nations in Geneva on Tuesday.",
            "The Kremlin said Russian forces had withdrawn from the village, Moscow's TASS agency reported.",
            "Chinese and Japanese diplomats met in Beijing with officials of the European Union.",
        ];
        var expected = texts.Select(Entities).ToArray();
        var actual = s_pipeline.RunAll(Enumerable.Range(0, 30).Select(i => DocumentReader.FromText(texts[i % 3], $"d{i}")), 4)
            .Select(r => r.Document.Get(Layers.Entities).Select(e => (e.Span.Of(r.Document.Text), e.Type, e.Source)).ToArray())
            .ToArray();
        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % 3], actual[i]);
        }
    }
}
