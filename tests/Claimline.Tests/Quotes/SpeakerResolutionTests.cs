using Claimline.Quotes;

using static Claimline.Tests.Quotes.QuoteTestText;

namespace Claimline.Tests.Quotes;

/// <summary>Who a speaker mention names: pronouns that must agree in gender, joint speakers that stay joint.</summary>
public class SpeakerResolutionTests
{
    [Fact]
    public void He_after_a_woman_who_spoke_last_names_the_man_introduced_since()
    {
        const string Text = "Elena Novak, the harbor chief, toured the flooded quay on Monday. “Every boat will be back by June,” she said.\n\n"
            + "Novak’s deputy, Pavel Brandt, was more careful. He warned that the insurance payments might take months.";

        var quote = Containing(Text, "insurance payments");

        Assert.Equal("He", quote.SpeakerText);
        Assert.Equal("Pavel Brandt", quote.SpeakerCanonical);
    }

    [Fact]
    public void She_still_names_the_woman_who_spoke_last_when_no_gender_rules_her_out()
    {
        const string Text = "Elena Novak, the harbor chief, toured the flooded quay on Monday. She said every boat would be back by June.\n\n"
            + "“The crews are ready,” she added.";

        Assert.Equal("Elena Novak", Containing(Text, "crews are ready").SpeakerCanonical);
    }

    [Fact]
    public void A_joint_statement_and_the_they_that_follows_it_keep_both_speakers()
    {
        const string Text = "Ana Kovac and Thomas Reyes said in a joint statement on Monday that the bridge would stay open.\n\n"
            + "“The repairs are on schedule,” they wrote.";

        var statement = Containing(Text, "bridge would stay open");
        var quote = Containing(Text, "repairs are on schedule");

        Assert.Equal(SpeakerKind.Multiple, statement.SpeakerKind);
        Assert.Equal("Ana Kovac and Thomas Reyes", statement.SpeakerCanonical);
        Assert.Null(statement.SpeakerKey);
        Assert.Equal("they", quote.SpeakerText);
        Assert.Equal("Ana Kovac and Thomas Reyes", quote.SpeakerCanonical);
    }

    [Theory]
    [InlineData("Ostravia’s transport minister, Thomas Reyes, told reporters that the ferries would run again in May.")]
    [InlineData("Thomas Reyes, the transport minister, told reporters that the ferries would run again in May.")]
    public void An_apposition_names_one_speaker_not_several(string text)
    {
        var quote = Containing(text, "ferries would run again");

        Assert.Equal(SpeakerKind.Named, quote.SpeakerKind);
        Assert.Equal("Thomas Reyes", quote.SpeakerCanonical);
    }

    [Fact]
    public void A_role_noun_speaker_names_the_person_with_that_abbreviated_title_never_the_place_in_it()
    {
        const string Named = "Gov. Ana Kovac toured the flooded harbor on Monday.\n\nThe Florida governor said the state would pay for new piers.";
        const string Nobody = "The storm flooded the harbor on Monday.\n\nThe Florida governor said the state would pay for new piers.";

        Assert.Equal("Ana Kovac", Containing(Named, "pay for new piers").SpeakerCanonical);
        var quote = Containing(Nobody, "pay for new piers");
        Assert.Equal(SpeakerKind.Role, quote.SpeakerKind);
        Assert.Null(quote.SpeakerKey);
        Assert.NotEqual("Florida", quote.SpeakerCanonical);
    }

}
