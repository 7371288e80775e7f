using Claimline.Events;
using Claimline.Events.Evaluation;
using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Tests.Events;

/// <summary>The events stage over invented sentences through the whole pipeline (issue #18).</summary>
public class EventCoderTests
{
    private static readonly Lazy<AnnotationPipeline> s_pipeline = new(() => StandardPipeline.Create());

    private static IReadOnlyList<Event> Events(string text, DateOnly? date = null)
        => s_pipeline.Value.Run(new Document(text, new DocumentMeta("t", Published: date ?? new DateOnly(2026, 3, 12)))).Get(Layers.Events);

    private static Event Only(string text, string trigger)
    {
        var events = Events(text);
        return Assert.Single(events, e => e.Trigger.Of(text).StartsWith(trigger, StringComparison.Ordinal));
    }

    [Fact]
    public void A_dictionary_pattern_codes_the_verb_and_its_object_is_no_target()
    {
        const string text = "The European Union imposed new sanctions on Belarus.";
        var e = Only(text, "imposed");
        Assert.Equal(("IGOEUREEC", "163", "BLR"), (e.Source.Code, e.Code, e.Target.Code));
        Assert.Equal("Belarus", e.Target.Span.Of(text));
        Assert.Contains("SANCTIONS", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_threat_to_act_combines_into_one_threat_event()
    {
        const string text = "North Korea threatened to attack South Korea.";
        var e = Assert.Single(Events(text));
        Assert.Equal(("PRK", "138", "KOR"), (e.Source.Code, e.Code, e.Target.Code));
        Assert.Equal("threatened to attack", e.Trigger.Of(text));
        Assert.False(e.Hypothetical);
    }

    [Fact]
    public void Titled_people_act_for_their_country_and_government()
    {
        const string text = "Chinese Foreign Minister Li Wen met with U.S. Secretary of State Mark Hollis in Beijing.";
        var e = Only(text, "met");
        Assert.Equal(("CHNGOV", "040", "USAGOV"), (e.Source.Code, e.Code, e.Target.Code));
        Assert.Equal("Li Wen", e.Source.Name);
    }

    [Fact]
    public void A_passive_subject_beside_an_active_one_is_no_actor()
    {
        // Parsed with `Korean` as a passive subject of `urged`: the president urges, Pyongyang is urged.
        var events = Events("SEOUL (Wire) \u2014 South Korean President Han Ji-won urged Pyongyang to return to dialogue.")
            .Where(e => e.Code.StartsWith("02", StringComparison.Ordinal)).ToList();
        Assert.Equal([("KORGOV", "PRK")], events.Select(e => (e.Source.Code, e.Target.Code)).ToList());
    }

    [Fact]
    public void A_nationality_on_an_agent_noun_gives_country_and_role_and_a_report_keeps_its_reporter()
    {
        const string text = "KYIV, Ukraine (AP) — Russian troops attacked the Ukrainian port of Odesa on Tuesday, Ukraine's military said.";
        var e = Only(text, "attacked");
        Assert.Equal(("RUSMIL", "UKR"), (e.Source.Code, e.Target.Code));
        Assert.Equal("19", e.RootCode);
        Assert.Equal("UKRMIL", e.ReportedBy?.Code);
        Assert.Equal("2026-03-10", e.Date); // the Tuesday before Thursday 12 March 2026
    }

    [Fact]
    public void Coordinated_sources_give_one_event_each()
    {
        var events = Events("France and Germany urged Iran to halt uranium enrichment.");
        Assert.Equal(["DEU", "FRA"], events.Where(e => e.Target.Code == "IRN" && e.RootCode == "02").Select(e => e.Source.Code).Order());
    }

    [Fact]
    public void A_denied_action_is_negated_and_a_future_one_hypothetical()
    {
        const string text = "The government of Chad denied sending troops to Sudan. Kenya will host talks with Somalia next week.";
        var events = Events(text);
        var sent = Assert.Single(events, e => e.Trigger.Of(text) == "sending");
        Assert.True(sent.Negated);
        Assert.Equal("SDN", sent.Target.Code);
        var host = Assert.Single(events, e => e.Trigger.Of(text) == "host" && e.Source.Code == "KEN");
        Assert.True(host.Hypothetical);
        Assert.False(host.Negated);
    }

    [Fact]
    public void A_person_without_a_role_takes_the_code_of_the_phrase_that_introduced_them()
    {
        const string text = "Ali Raza, a Pakistani diplomat, met Indian officials in Delhi.";
        var e = Only(text, "met");
        Assert.Equal(("PAKGOV", "INDGOV"), (e.Source.Code, e.Target.Code));
        Assert.Equal("04", e.RootCode);
    }

    [Fact]
    public void Expelling_a_diplomat_is_an_expulsion_not_a_break_in_relations()
    {
        // PETRARCH's pattern gives 161; the codebook (and all four golds) 174. `expelled` is lemmatized `expel`.
        const string text = "India expelled a Pakistani diplomat on Monday.";
        var e = Only(text, "expelled");
        Assert.Equal(("IND", "PAKGOV"), (e.Source.Code, e.Target.Code));
        Assert.Equal("174", e.Code);
    }

    [Theory]
    [InlineData("Germany demanded that Iran release the detained journalists.", "demanded", "DEU", "1053", "IRN")]
    [InlineData("Canada urged Serbia and Kosovo to return to talks.", "urged", "CAN", "026", "SRB")]
    [InlineData("Japan appealed to Indonesia for humanitarian aid after the floods.", "appealed", "JPN", "0233", "IDN")]
    [InlineData("Sudan refused to admit United Nations investigators.", "refused to admit", "SDN", "1245", "IGOUNO")]
    [InlineData("Peru refused to meet Bolivia.", "refused to meet", "PER", "125", "BOL")]
    [InlineData("Italy agreed to hold joint naval patrols with Greece.", "agreed to hold", "ITA", "0312", "GRC")]
    public void What_an_appeal_demand_or_refusal_asks_for_names_its_sub_code(string text, string trigger, string source, string code, string target)
    {
        var e = Assert.Single(Events(text), e => e.Trigger.Of(text) == trigger && e.Target.Code == target);
        Assert.Equal((source, code), (e.Source.Code, e.Code));
        Assert.DoesNotContain(Events(text), e => e.Trigger.Of(text) is "release" or "meet" or "hold");
    }

    [Theory]
    [InlineData("Thai artillery shelled two Cambodian border villages.", "shelled", "194")]
    [InlineData("American warplanes struck Houthi rebels in Yemen.", "struck", "195")]
    [InlineData("Prosecutors in Manila opened an investigation into the mayor of Davao.", "opened", "091")]
    [InlineData("Ukraine accused Russia of war crimes.", "accused", "1124")]
    public void A_general_code_is_refined_by_the_means_or_subject_its_phrases_name(string text, string trigger, string code)
        => Assert.Equal(code, Only(text, trigger).Code);

    [Fact]
    public void Each_coordinated_target_is_an_event_of_its_own()
    {
        const string text = "Malawi's health ministry appealed to the World Health Organization and UNICEF for vaccines.";
        var appeals = Events(text).Where(e => e.Trigger.Of(text).StartsWith("appealed", StringComparison.Ordinal)).ToList();
        Assert.Equal(["IGOUNOHLHWHO", "IGOUNOKID"], appeals.Select(e => e.Target.Code).Order(StringComparer.Ordinal).ToList());
        Assert.All(appeals, e => Assert.Equal(("MWIGOV", "0233"), (e.Source.Code, e.Code)));
    }

    [Fact]
    public void An_infinitive_hung_as_an_adverbial_clause_is_still_what_an_appeal_asks_for()
    {
        // A phrase between object and infinitive (`on Thursday`) makes the parser read `to return` as an adverbial clause.
        const string text = "France urged Iran on Thursday to return to negotiations over its nuclear programme.";
        var e = Only(text, "urged");
        Assert.Equal(("FRA", "026", "IRN"), (e.Source.Code, e.Code, e.Target.Code));
    }

    [Theory]
    [InlineData("Chad's army freed 30 Sudanese men at the border on Sunday.", "freed")]
    [InlineData("The rebels released the crew of the cargo ship.", "released")]
    public void A_release_of_people_is_coded_as_one(string text, string trigger)
        => Assert.Equal("0841", Only(text, trigger).Code);

    [Theory]
    [InlineData("Kazakhstan accused Kyrgyzstan of seizing a water pumping station on the border.", "accused")]
    [InlineData("Amnesty International criticised Ecuador for failing to protect the witnesses.", "criticised")]
    public void The_grounds_of_an_accusation_or_reproach_are_no_event_of_their_own(string text, string trigger)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.Trigger.Of(text).StartsWith(trigger, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Trigger.Of(text).EndsWith("ing", StringComparison.Ordinal));
    }

    [Fact]
    public void Brussels_as_an_actor_is_the_european_union_and_the_commission_is_the_body_named_before()
    {
        const string text = "The European Commission froze funds for Hungary on Thursday. Poland backed the Commission. "
            + "Slovakia's prime minister criticised Brussels on Friday.";
        var events = Events(text);
        Assert.Contains(events, e => e.Trigger.Of(text) == "backed" && e.Target.Code == "IGOEUREEC" && e.Source.Code == "POL");
        Assert.Contains(events, e => e.Trigger.Of(text) == "criticised" && e.Target.Code == "IGOEUREEC");
    }

    [Theory]
    [InlineData("Russia vetoed a British-drafted resolution on Sudan.", "GBR")]
    [InlineData("Russia vetoed a Norwegian-drafted Security Council resolution on Monday.", "NOR")]
    public void What_a_country_drafted_stands_for_that_country(string text, string target)
    {
        var e = Only(text, "vetoed");
        Assert.Equal(("RUS", target), (e.Source.Code, e.Target.Code));
    }

    [Theory]
    [InlineData("Police beat two opposition activists in Harare on Monday.", "beat", "182")]
    [InlineData("Uganda closed two border crossings with Tanzania on Tuesday.", "closed", "191")]
    [InlineData("Lithuania expelled three Russian diplomats on Friday.", "expelled", "174")]
    [InlineData("Kenya approved a $300 million loan for Somalia.", "approved", "071")]
    public void The_codebook_code_stands_where_the_dictionary_gives_a_neighbour(string text, string trigger, string code)
        => Assert.Equal(code, Only(text, trigger).Code);

    [Fact]
    public void A_minister_under_a_town_dateline_acts_for_the_country_written_after_the_town_and_a_named_group_for_itself()
    {
        // `GARISSA, Kenya —`: the directory does not hold Garissa, so the role takes Kenya from the dateline's second
        // part; `the al-Shabaab militant group` is al-Shabaab (tagged misc, known to the actor dictionary).
        const string text = "GARISSA, Kenya (Meridian) \u2014 Interior Minister Halima Wekesa blamed the al-Shabaab militant group for the ambush.";
        var e = Only(text, "blamed");
        Assert.Equal(("KENGOV", "SOMREB"), (e.Source.Code, e.Target.Code));
    }

    [Theory]
    [InlineData("The European Union released 3 million euros in emergency aid for Nepal.", "073", false)]
    [InlineData("The European Union said it would send 25 million euros in emergency aid to Nepal.", "0333", false)]
    [InlineData("Japan pledged $12 million in emergency assistance to Nepal.", "0333", false)]
    [InlineData("Japan pledged $12 million in emergency assistance to Nepal.", "073", true)]
    public void Money_or_aid_given_or_pledged_is_material_aid(string text, string code, bool hypothetical)
    {
        var aid = Assert.Single(Events(text), e => e.Code == code);
        Assert.Equal("NPL", aid.Target.Code);
        Assert.Equal(hypothetical, aid.Hypothetical);
    }

    [Theory]
    [InlineData("Venezuela deployed 2,000 soldiers to its border with Guyana on Tuesday.", "deployed", "GUY", "150")]
    [InlineData("LA PAZ, Bolivia (Meridian) \u2014 The Bolivian government sent 2,000 soldiers to clear the roadblocks.", "sent", "BOL", "154")]
    public void Sending_forces_to_a_frontier_is_a_show_of_force_and_at_home_a_mobilization(string text, string trigger, string target, string code)
    {
        var e = Assert.Single(Events(text), e => e.Trigger.Of(text).StartsWith(trigger, StringComparison.Ordinal));
        Assert.Equal((target, code), (e.Target.Code[..3], e.Code));
    }

    [Fact]
    public void Both_countries_and_the_two_governments_are_the_two_countries_named_last()
    {
        const string text = "India expelled a Pakistani diplomat on Monday, and Pakistan expelled an Indian one. "
            + "The United States urged both countries to show restraint.";
        var urged = Events(text).Where(e => e.Trigger.Of(text).StartsWith("urged", StringComparison.Ordinal)).ToList();
        Assert.Equal(["IND", "PAK"], urged.Select(e => e.Target.Code).Order().ToList());
        Assert.All(urged, e => Assert.Equal("USA", e.Source.Code));
    }

    [Fact]
    public void A_denial_codes_016_against_the_target_of_what_is_denied()
    {
        const string text = "GOMA, Congo (Wire) \u2014 Rwanda denied arming the rebels.";
        var e = Only(text, "denied");
        Assert.Equal(("RWA", "016", "CODREB"), (e.Source.Code, e.Code, e.Target.Code));
    }

    [Fact]
    public void Armed_groups_and_civilians_take_the_country_the_article_is_about()
    {
        // No dateline and no place in the sentence: the country the article names most.
        const string text = "Violence has surged in Nigeria this year. Nigeria's army said it would send more troops. "
            + "Gunmen killed 12 villagers overnight.";
        var e = Only(text, "killed");
        Assert.Equal(("NGA", "NGA"), (e.Source.Code[..3], e.Target.Code[..3]));
    }

    [Fact]
    public void The_toll_of_an_attack_and_a_plain_statement_are_no_events_of_their_own()
    {
        const string text = "Russian forces shelled Kharkiv overnight, killing seven Ukrainian civilians. "
            + "Ukraine's foreign ministry said Russia had broken the ceasefire.";
        var events = Events(text);
        Assert.Contains(events, e => e.Trigger.Of(text) == "shelled" && e.Source.Code.StartsWith("RUS", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Trigger.Of(text) is "killing" or "said");
    }

    [Fact]
    public void Actions_without_two_actors_code_nothing()
        => Assert.Empty(Events("The storm destroyed hundreds of homes. Prices rose by 3 percent in March."));

    [Fact]
    public void The_events_gold_scores_at_least_its_recorded_figures()
    {
        // tests/Claimline.Tests/Events/events-gold.jsonl: 39 invented articles coded by hand before the coder existed
        // (docs/events-gold.md). The floor is a little under the figure README reports, so a regression fails here.
        var path = Path.Combine(RepositoryPaths.TestProject, "Events", "events-gold.jsonl");
        var scores = EventEvaluator.Evaluate(EventGoldReader.Read(path), s_pipeline.Value);
        Assert.Equal(242, scores.Measures["triple"].GoldCount);
        Assert.True(scores.Measures["triple"].F1 >= 0.43, $"triple F1 {scores.Measures["triple"].F1:P1}");
        Assert.True(scores.Measures["root_code"].F1 >= 0.58, $"root code F1 {scores.Measures["root_code"].F1:P1}");
    }

    [Fact]
    public void The_held_out_events_gold_scores_at_least_its_first_run()
    {
        // events-heldout.jsonl: 18 more invented articles, written by hand without seeing the coder and never tuned on;
        // its first run (7 Dec 2026) gave triple F1 23.7 and root code 47.4, the second 24.6 and 48.3 (docs/events.md).
        var path = Path.Combine(RepositoryPaths.TestProject, "Events", "events-heldout.jsonl");
        var scores = EventEvaluator.Evaluate(EventGoldReader.Read(path), s_pipeline.Value);
        Assert.Equal(145, scores.Measures["triple"].GoldCount);
        Assert.True(scores.Measures["triple"].F1 >= 0.41, $"triple F1 {scores.Measures["triple"].F1:P1}");
        Assert.True(scores.Measures["root_code"].F1 >= 0.54, $"root code F1 {scores.Measures["root_code"].F1:P1}");
    }

    [Fact]
    public void The_third_held_out_events_gold_scores_at_least_its_first_run()
    {
        // events-heldout3.jsonl: 18 articles written on 8 Dec 2026 by a helper who saw neither the coder nor its output;
        // first run (44ee885) triple F1 25.8, root code 46.7 (the build of the session's start: 18.3 and 40.8); its errors
        // were read in sessions 10 and 11 (37.5 and 52.5 after session 11).
        var path = Path.Combine(RepositoryPaths.TestProject, "Events", "events-heldout3.jsonl");
        var scores = EventEvaluator.Evaluate(EventGoldReader.Read(path), s_pipeline.Value);
        Assert.Equal(145, scores.Measures["triple"].GoldCount);
        Assert.True(scores.Measures["triple"].F1 >= 0.35, $"triple F1 {scores.Measures["triple"].F1:P1}");
        Assert.True(scores.Measures["root_code"].F1 >= 0.49, $"root code F1 {scores.Measures["root_code"].F1:P1}");
    }

    [Fact]
    public void The_second_held_out_events_gold_scores_at_least_its_later_run()
    {
        // events-heldout2.jsonl: 18 articles written in session 9 without seeing the coder; first run 22.8 triple F1,
        // 48.8 root code; 31.9 and 55.0 after session 10's codebook refinements (its errors were read then: docs/events.md).
        var path = Path.Combine(RepositoryPaths.TestProject, "Events", "events-heldout2.jsonl");
        var scores = EventEvaluator.Evaluate(EventGoldReader.Read(path), s_pipeline.Value);
        Assert.Equal(142, scores.Measures["triple"].GoldCount);
        Assert.True(scores.Measures["triple"].F1 >= 0.39, $"triple F1 {scores.Measures["triple"].F1:P1}");
        Assert.True(scores.Measures["root_code"].F1 >= 0.56, $"root code F1 {scores.Measures["root_code"].F1:P1}");
    }

    [Fact]
    public void The_fourth_held_out_events_gold_scores_at_least_its_first_run()
    {
        // events-heldout4.jsonl: 18 articles written in session 11 by a helper who saw neither the coder nor its output;
        // first run (57d8f61) triple F1 25.0, root code 50.0 (the build of the session's start, 5b71185: 19.4 and 48.2).
        var path = Path.Combine(RepositoryPaths.TestProject, "Events", "events-heldout4.jsonl");
        var scores = EventEvaluator.Evaluate(EventGoldReader.Read(path), s_pipeline.Value);
        Assert.Equal(178, scores.Measures["triple"].GoldCount);
        Assert.True(scores.Measures["triple"].F1 >= 0.24, $"triple F1 {scores.Measures["triple"].F1:P1}");
        Assert.True(scores.Measures["root_code"].F1 >= 0.48, $"root code F1 {scores.Measures["root_code"].F1:P1}");
    }
}
