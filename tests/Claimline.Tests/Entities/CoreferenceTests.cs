using Claimline.Entities.Coreference;
using Claimline.Entities.Coreference.Evaluation;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Structure;
using CsCheck;

namespace Claimline.Tests.Entities;

/// <summary>Pronoun, role-noun and description links on our own sentences (invented names), and the gold evaluation.</summary>
public class CoreferenceTests
{
    private static readonly AnnotationPipeline s_pipeline = StandardPipeline.CreateUntil("coreference", new PipelineOptions { ValidateLayers = true });

    private static (Document Document, Layer<Anaphor> Links) Link(string text)
    {
        var document = s_pipeline.Run(DocumentReader.FromText(text, "t"));
        return (document, document.Get(Layers.Anaphora));
    }

    /// <summary>The link of the <paramref name="nth"/> (0-based) anaphor written <paramref name="anaphor"/>, or null if it is unlinked.</summary>
    private static Anaphor? Of(Document document, Layer<Anaphor> links, string anaphor, int nth = 0)
    {
        var at = -1;
        for (var i = 0; i <= nth; i++)
        {
            at = document.Text.IndexOf(anaphor, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{anaphor}' #{nth} not in the text");
        }

        return links.FirstOrDefault(l => l.Span.Start == at);
    }

    [Fact]
    public void He_and_she_follow_the_gender_of_the_first_name()
    {
        var (document, links) = Link("Ana Kovac met Thomas Reyes in Geneva on Monday. She said the talks were useful. He did not comment.");
        Assert.Equal("person:ana-kovac", Of(document, links, "She")?.Key);
        Assert.Equal("person:thomas-reyes", Of(document, links, "He")?.Key);
        Assert.Equal("pronoun.person", Of(document, links, "She")!.Sieve);
        Assert.InRange(Of(document, links, "She")!.Confidence, 0.5, 1);
    }

    [Fact]
    public void Between_two_men_the_subject_of_the_previous_sentence_wins()
    {
        var (document, links) = Link("Daniel Brandt thanked Marco Rossi for the offer. He said an answer would come on Friday.");
        var he = Of(document, links, "He");
        Assert.Equal("person:daniel-brandt", he?.Key);
        Assert.True(he!.Confidence < 0.9, "a close rival lowers the confidence");
    }

    [Fact]
    public void It_and_they_go_to_the_organization_or_country()
    {
        var (document, links) = Link("NATO said on Monday that it would hold new drills.");
        Assert.Equal("org:north-atlantic-treaty-organization", Of(document, links, "it")?.Key);
        (document, links) = Link("Estonia welcomed the plan on Tuesday. They will send two ships.");
        Assert.Equal("country:EE", Of(document, links, "They")?.Key);
        Assert.Equal("pronoun.group", Of(document, links, "They")!.Sieve);
    }

    [Fact]
    public void They_after_officials_stays_unlinked()
    {
        var (document, links) = Link("Estonia welcomed the plan. Local officials said they would need more time.");
        Assert.Null(Of(document, links, "they"));
    }

    [Fact]
    public void Role_nouns_link_to_the_person_with_that_role_and_country()
    {
        var (document, links) = Link("Russian Ambassador Ivan Petrov and Deputy U.S. Ambassador Laura Bennett met on Thursday. "
            + "The deputy ambassador said the draft was ready. The Russian representative asked for a delay.");
        Assert.Equal("person:laura-bennett", Of(document, links, "The deputy ambassador")?.Key);
        var russian = Of(document, links, "The Russian representative");
        Assert.Equal("person:ivan-petrov", russian?.Key);
        Assert.Equal(AnaphorKind.Role, russian!.Kind);
    }

    [Theory]
    [InlineData("New Jersey Gov. Ana Kovac toured the harbor on Monday. The governor promised new piers.", "The governor")]
    [InlineData("Sen. Thomas Reyes of Florida spoke first on Monday. The senator asked for a vote.", "The senator")]
    [InlineData("Lt. Gen. Pavel Brandt arrived on Monday. The lieutenant general inspected the troops.", "The lieutenant general")]
    public void A_title_abbreviation_before_a_name_counts_as_its_role_noun(string text, string anaphor)
    {
        var (document, links) = Link(text);

        Assert.Equal(AnaphorKind.Role, Of(document, links, anaphor)?.Kind);
    }

    [Fact]
    public void A_campaign_role_is_a_role_the_candidate_names_its_holder()
    {
        var (document, links) = Link("Republican presidential candidate Thomas Reyes spoke in Tampa on Monday. The candidate promised new piers.");

        Assert.Equal("person:thomas-reyes", Of(document, links, "The candidate")?.Key);
    }

    [Fact]
    public void A_role_noun_with_a_place_the_title_lacks_links_only_to_the_one_holder_of_the_role()
    {
        var (one, oneLinks) = Link("Sen. Thomas Reyes spoke first on Monday. Later the Florida senator asked for a vote.");
        Assert.Equal("person:thomas-reyes", Of(one, oneLinks, "the Florida senator")?.Key);

        var (two, twoLinks) = Link("Sen. Thomas Reyes and Sen. Ana Kovac spoke on Monday. Later the Florida senator asked for a vote.");
        Assert.Null(Of(two, twoLinks, "the Florida senator"));
    }

    [Fact]
    public void A_role_nobody_holds_stays_unlinked()
    {
        var (document, links) = Link("Defense Minister Ana Kovac visited the port on Monday. The president has not commented.");
        Assert.Null(Of(document, links, "The president"));
        _ = document;
    }

    [Fact]
    public void No_link_when_the_gender_disagrees()
    {
        var (document, links) = Link("Thomas Reyes arrived in Lima on Monday. She said the visit was useful.");
        Assert.Null(Of(document, links, "She"));
    }

    [Fact]
    public void A_person_named_like_a_place_keeps_the_place_apart()
    {
        var (document, links) = Link("Paul Austin, the top election official, said Friday that voting would begin soon. He said turnout in Austin had been high. Austin said his staff was ready.");
        Assert.Equal("person:paul-austin", Of(document, links, "He")?.Key);
        Assert.Equal("person:paul-austin", Of(document, links, "his")?.Key);
        Assert.DoesNotContain(links, l => l.Key.StartsWith("place:", StringComparison.Ordinal));
    }

    [Fact]
    public void Inside_a_quote_I_and_we_are_not_linked_and_he_is_not_the_speaker()
    {
        var (document, links) = Link("Ana Kovac met Marko Horvat on Monday. Kovac said: “He promised nothing, and we will not wait. I am tired.”");
        Assert.Null(Of(document, links, "we"));
        Assert.Null(Of(document, links, "I am"));
        Assert.NotEqual("person:ana-kovac", Of(document, links, "He")?.Key);
    }

    [Fact]
    public void Descriptions_link_to_the_body_or_country()
    {
        var (document, links) = Link("NATO said it would meet again. The alliance has held such drills before. Estonia welcomed the move. The country has asked for more patrols.");
        Assert.Equal("org:north-atlantic-treaty-organization", Of(document, links, "The alliance")?.Key);
        Assert.Equal("country:EE", Of(document, links, "The country")?.Key);
        Assert.Equal("description.name", Of(document, links, "The alliance")!.Sieve);
    }

    [Fact]
    public void Expletive_it_is_left_alone()
    {
        var (document, links) = Link("NATO met on Monday. It is unclear when the drills will start.");
        Assert.Null(Of(document, links, "It"));
    }

    [Fact]
    public void The_anaphora_layer_round_trips_through_json()
    {
        var (document, links) = Link("Ana Kovac arrived on Monday. She said the minister would stay.");
        Assert.NotEmpty(links);
        var json = Claimline.Serialization.DocumentJson.Serialize(document);
        Assert.Contains("\"anaphora\"", json, StringComparison.Ordinal);
        Assert.Contains("\"sieve\": \"pronoun.person\"", json, StringComparison.Ordinal);
        var copy = Claimline.Serialization.DocumentJson.Deserialize(json);
        Assert.Equal(links, copy.Get(Layers.Anaphora));
    }

    [Fact]
    public void The_gold_set_scores_well_above_the_floor()
    {
        var gold = CorefGoldReader.Read(Path.Combine(RepositoryPaths.TestProject, "Entities", "coref-gold.jsonl"));
        Assert.True(gold.Count >= 10);
        var scores = CorefEvaluator.Evaluate(gold);
        Assert.True(scores.Overall.Precision >= 0.9, scores.Overall.ToString());
        Assert.True(scores.Overall.F1 >= 0.85, scores.Overall.ToString());
    }

    private static readonly string[] s_sentences =
    [
        "Ana Kovac met Thomas Reyes on Monday.", "She said the talks were useful.", "He did not comment.",
        "NATO said it would hold drills.", "The alliance has 32 members.", "Estonia said they would take part.",
        "Defense Minister Maria Delgado arrived.", "The minister said her plan was ready.", "It is unclear what happens next.",
        "“We will not wait,” she said.", "The country welcomed the move.", "His office said he would travel.",
    ];

    [Fact]
    public void Links_point_backwards_and_never_across_stories()
    {
        var story = Gen.Int[0, s_sentences.Length - 1].Array[1, 8].Select(ix => string.Join(' ', ix.Select(i => s_sentences[i])));
        Gen.Select(story, story, Gen.Bool).Sample((first, second, dateline) =>
        {
            var text = "date 2025-03-03\nZAGREB, Croatia (AP) — " + first + "\n\nLIMA, Peru (AP) — " + second + "\n";
            var document = s_pipeline.Run(DocumentReader.FromText(dateline ? text : text.Replace("LIMA, Peru (AP) — ", "", StringComparison.Ordinal), "p"));
            var stories = document.Get(Layers.Sections).Where(s => s.Kind == SectionKind.Story).ToArray();
            var referents = document.Get(Layers.Referents);
            foreach (var link in document.Get(Layers.Anaphora))
            {
                Assert.True(link.Antecedent.End <= link.Span.Start, $"{link} points forward");
                Assert.Equal(referents[link.Referent].Key, link.Key);
                Assert.InRange(link.Confidence, CoreferenceSieves.Threshold, 1);
                var home = stories.FirstOrDefault(s => s.Span.Contains(link.Span));
                if (home is not null)
                {
                    Assert.True(home.Span.Contains(link.Antecedent), $"{link} crosses from story {home.Story}");
                }
            }
        }, iter: 60);
    }
}
