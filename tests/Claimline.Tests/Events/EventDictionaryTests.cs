using Claimline.Events.Cameo;
using Claimline.Events.Dictionaries;
using Claimline.Events.Evaluation;

namespace Claimline.Tests.Events;

/// <summary>The CAMEO dictionaries and code tables as the events stage reads them (issue #18).</summary>
public class EventDictionaryTests
{
    [Fact]
    public void The_verb_dictionary_reads_every_block_and_pattern_of_PETRARCH2s_file()
    {
        var verbs = VerbDictionary.English;
        // CAMEO.2.0.txt has 397 blocks and 4,668 pattern lines (PROVENANCE.md); Claimline's additions come on top.
        Assert.InRange(verbs.Blocks, 397, 420);
        Assert.InRange(verbs.Patterns, 4_500, 4_800);
        Assert.Equal(8, verbs.Transformations);
        var attack = Assert.Single(verbs.Lookup("ATTACK"), e => e.Block.Name == "PHYSICAL_CONFLICT");
        Assert.Equal("190", attack.Code);
    }

    [Fact]
    public void A_multi_word_verb_keeps_its_particle_and_its_own_code()
    {
        var callOff = Assert.Single(VerbDictionary.English.Lookup("CALL"), e => e.After.SequenceEqual(["OFF"]));
        Assert.Equal("160", callOff.Code);
    }

    [Fact]
    public void Patterns_read_noun_phrases_prepositions_synonym_sets_and_two_way_codes()
    {
        var rush = VerbDictionary.English.Lookup("RUSH").Single(e => e.Block.Name == "ACCELERATE");
        var toBorder = Assert.Single(rush.Block.Patterns, p => p.Text.StartsWith("* POLICE (TO BORDER)", StringComparison.Ordinal));
        Assert.Equal("153", toBorder.Code);
        Assert.Equal("POLICE", Assert.Single(toBorder.After).Alternatives[0].Head);
        Assert.Equal("TO", Assert.Single(toBorder.Prepositions).Preposition);

        var to = Assert.Single(rush.Block.Patterns, p => p.Text.StartsWith("* (TO) ", StringComparison.Ordinal));
        Assert.Equal(("042", "043"), (to.Code, to.Reverse));
        Assert.Null(Assert.Single(to.Prepositions).Object);

        // &FOOD is a synonym set: the element accepts any of its phrases' heads.
        var food = Assert.Single(rush.Block.Patterns, p => p.Text.StartsWith("* &FOOD", StringComparison.Ordinal));
        Assert.True(Assert.Single(food.After).Alternatives.Count > 1);
    }

    [Theory]
    [InlineData("130", "190", "138")] // threaten + fight = threaten with military force
    [InlineData("030", "073", "0333")] // intend + humanitarian aid
    public void Codes_combine_on_PETRARCHs_ontology(string upper, string lower, string combined)
        => Assert.Equal(combined, CameoCodes.English.Combine(upper, lower));

    [Fact]
    public void Codes_that_are_both_actions_do_not_combine()
        => Assert.Null(CameoCodes.English.Combine("190", "173"));

    [Fact]
    public void Goldstein_values_and_quad_classes_come_from_the_code()
    {
        Assert.Equal(-10, CameoCodes.English.Goldstein("195"), precision: 1);
        Assert.Equal(4, CameoCodes.QuadClass("195"));
        Assert.Equal(1, CameoCodes.QuadClass("036"));
        Assert.Equal(2, CameoCodes.QuadClass("073"));
        Assert.Equal(3, CameoCodes.QuadClass("112"));
        Assert.Equal("Use conventional military force, not specified below", CameoCodes.English.Describe("190"));
    }

    [Theory]
    [InlineData("United Nations", null, "IGOUNO")]
    [InlineData("the United Nations", null, "IGOUNO")]
    [InlineData("NATO", null, "IGOWSTNAT")]
    [InlineData("International Criminal Court", null, "IGOJUDICC")]
    [InlineData("Amnesty International", null, "NGOHRIAMN")]
    public void International_bodies_get_their_Phoenix_codes(string name, string? date, string code)
        => Assert.Equal(code, ActorDictionary.English.Lookup(name, date));

    [Fact]
    public void A_date_restricted_code_holds_only_in_its_term()
    {
        // Javier Solana: the EU's code in 1995, NATO's from December 1995 to 1999.
        Assert.Equal("IGOWSTNAT", ActorDictionary.English.Lookup("Javier Solana", "1997-01-01"));
        Assert.Null(ActorDictionary.English.Lookup("Javier Solana", "2010-01-01"));
    }

    [Theory]
    [InlineData("POLICE OFFICER", "COP", false)]
    [InlineData("FOREIGN MINISTER", "GOV", false)] // FOREIGN_!MINIST!
    [InlineData("POLICEMAN", "COP", false)] // POLICE!PERSON!
    [InlineData("TROOPS", "MIL", false)]
    public void Agents_expand_substitution_sets(string phrase, string code, bool prefix)
    {
        var agent = AgentDictionary.English.Lookup(phrase);
        Assert.NotNull(agent);
        Assert.Equal((code, prefix), (agent.Code[..3], agent.Prefix));
    }

    [Theory]
    [InlineData("RUSMIL", "RUS")]
    [InlineData("USAGOV", "USA")]
    [InlineData("IGOUNOHLHWHO", "IGOUNOHLHWHO")]
    [InlineData("IGOUNO", "IGOUNO")]
    [InlineData("---CVL", "CVL")]
    [InlineData("UAF", "UAF")]
    public void Actor_roots_drop_sector_roles_only(string code, string root)
        => Assert.Equal(root, EventEvaluator.ActorRoot(code));
}
