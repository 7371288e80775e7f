using Claimline.Quotes;
using Claimline.Quotes.Evaluation;

namespace Claimline.Tests.Quotes;

/// <summary>The shipped quote lexicons load and say what the finders rely on; the PolNeAR reader parses brat lines.</summary>
public class QuoteLexiconTests
{
    [Fact]
    public void Every_inflection_of_a_cue_verb_maps_to_its_lemma()
    {
        var lexicon = QuoteLexicon.English;
        Assert.Equal("say", lexicon.CueForms["said"]);
        Assert.Equal("estimate", lexicon.CueForms["estimated"]);
        Assert.Equal("assess", lexicon.CueForms["assess"]);
        Assert.Equal("speculate", lexicon.CueForms["speculated"]);
        Assert.Contains(lexicon.AccordingTo, p => string.Join(' ', p) == "according to");
    }

    [Fact]
    public void Speaker_nouns_and_pronouns_carry_their_kind()
    {
        var lexicon = QuoteLexicon.English;
        Assert.Equal(SpeakerKind.Unnamed, lexicon.SpeakerNouns["officials"]);
        Assert.Equal(SpeakerKind.Organization, lexicon.SpeakerNouns["administration"]);
        Assert.Equal(SpeakerKind.Role, lexicon.SpeakerNouns["representative"]);
        Assert.Equal("person", lexicon.Pronouns["he"]);
        Assert.Equal("group", lexicon.Pronouns["they"]);
        Assert.True(lexicon.Determiners["some"]);
        Assert.False(lexicon.Determiners["the"]);
    }

    [Theory]
    [InlineData(0, 0.55)]
    [InlineData(9_999, 0.55)]
    [InlineData(10_000, 0.65)]
    [InlineData(25_000, 0.75)]
    [InlineData(1_000_000, 0.85)]
    public void A_learned_quote_is_as_sure_as_its_cue_margin_measured(int margin, double confidence)
        => Assert.Equal(confidence, QuoteLexicon.English.LearnedConfidence(margin));

    [Fact]
    public void A_brat_event_with_a_discontinuous_content_gives_every_piece()
    {
        var gold = PolnearReader.ReadAnn(
        [
            "T1\tSource 0 5\tAlice",
            "T2\tCue 6 10\tsaid",
            "T3\tContent 11 20;30 40\tx",
            "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3",
        ]);
        var a = Assert.Single(gold);
        Assert.Equal(2, a.Content.Count);
        Assert.Equal(30, a.Content[1].Start);
        Assert.Equal(0, a.Source.Single().Start);
    }
}
