using Claimline.Claims;
using Claimline.Model;

namespace Claimline.Tests.Claims;

/// <summary>Holder rules added for issue #14 on the fourth held-out set's errors.</summary>
public class HolderRuleTests
{
    [Fact]
    public void A_relative_pronoun_source_holds_for_the_noun_it_describes()
    {
        var claim = ClaimTestText.On(
            "Northwind Analytics, which put insured losses at $22 billion on Monday, raised its estimate on Tuesday.", "$22 billion");
        Assert.Contains("Northwind Analytics", claim.Holder.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Officials_of_two_peoples_hold_for_both_countries()
    {
        var claim = ClaimTestText.On("About 2,000 Ethiopian troops remain in the Gedo region, according to Kenyan and Somali officials.", "2,000");
        Assert.Equal("Kenya and Somalia", claim.Holder.Name);
        Assert.Null(claim.Holder.Key);
    }

    [Fact]
    public void A_union_officer_speaks_for_no_country_even_under_a_dateline()
    {
        var claim = ClaimTestText.On(
            "NAIROBI, Kenya (Wire) \u2014 Dock workers walked out on Monday. \u201cOur members will not return until the 12 percent raise is paid,\u201d said the general secretary of the union, Grace Mumba.",
            "12 percent");
        Assert.Equal("Grace Mumba", claim.Holder.Name);
    }

    [Fact]
    public void An_officer_of_a_government_body_speaks_for_the_country()
    {
        var claim = ClaimTestText.On(
            "The toll in Kara-Suu rose to 47, Kyrgyzstan's Emergencies Ministry said. Ministry spokesman Azamat Tokonov told reporters that at least 112 people were still missing.",
            "112");
        Assert.Equal("Kyrgyzstan", claim.Holder.Name);
        Assert.Equal("Azamat Tokonov", claim.Via);
    }

    [Fact]
    public void Officials_of_a_state_hold_for_the_state()
    {
        var claim = ClaimTestText.On("Mississippi officials put their state's count at 14 on Monday.", "14");
        Assert.Equal("Mississippi", claim.Holder.Name);
        Assert.Equal("Mississippi officials", claim.Via);
    }

    [Theory]
    [InlineData("Britain's Foreign Office said 77 rescuers had been sent to the region.", "77", "country:GB")]
    [InlineData("The Peruvian Defense Ministry said at least 45 ships had switched off their transponders.", "45", "country:PE")]
    public void A_government_office_holds_for_its_country(string text, string number, string country)
    {
        var claim = ClaimTestText.On(text, number);
        Assert.Equal(country, claim.Holder.Key);
    }

    [Fact]
    public void The_foreign_office_is_a_government_body_and_a_un_office_is_not()
    {
        Assert.True(ClaimLexicon.English.IsGovernmentBody("Foreign Office"));
        Assert.False(ClaimLexicon.English.IsGovernmentBody("United Nations Office for the Coordination of Humanitarian Affairs"));
    }

    [Fact]
    public void A_description_as_the_quoted_speaker_holds_for_the_body_it_names()
    {
        var claim = ClaimTestText.On(
            "The Northern Forestry Corporation said 38,000 hectares had burned. Crews fought 19 fires on Monday, the corporation said.", "19");
        Assert.Equal("Northern Forestry Corporation", claim.Holder.Name);
    }

    [Fact]
    public void A_description_written_before_a_body_names_it_for_later_references()
    {
        const string text = "The UN refugee agency, UNHCR, said 31,500 people had arrived. Uganda now hosts about 1.9 million refugees, according to the agency.";
        var holder = ClaimTestText.On(text, "1.9 million").Holder;
        var referent = ClaimTestText.Analyze(text).Get(Layers.Referents).Single(r => r.Key == holder.Key);
        Assert.Contains("UNHCR", referent.Mentions.Select(m => text[m.Start..m.End]));
    }

    [Theory]
    [InlineData("the tracking site OutageWatch", "OutageWatch")]
    [InlineData("the state transport corporation, KSRTC", "KSRTC")]
    [InlineData("figures from the two states hit hardest, Louisiana and Mississippi", "Louisiana and Mississippi")]
    [InlineData("the ministry", null)]
    [InlineData("Maria Lopez", null)]
    [InlineData("Organisers of Saturday's march", null)]
    public void An_unresolved_description_holds_under_the_name_it_ends_in(string words, string? name)
        => Assert.Equal(name, ClaimFinder.TrailingName(words));

    [Fact]
    public void The_british_foreign_office_holds_for_britain_in_a_story_filed_abroad()
    {
        var claim = ClaimTestText.On(
            "MALATYA, Turkey (Wire) — The Foreign Office said a 77-strong team had reached Malatya on Monday.", "77-strong");
        Assert.Equal("country:GB", claim.Holder.Key);
    }

    [Fact]
    public void An_officer_of_a_body_described_by_its_kind_speaks_for_it_in_an_inverted_quote()
    {
        var claim = ClaimTestText.On(
            "The Mineworkers Union of Zambia said 1,200 miners were laid off. \u201cWe are talking about 2,500 families,\u201d said Grace Mumba, the union\u2019s general secretary.",
            "2,500");
        Assert.Equal(("Mineworkers Union of Zambia", "Grace Mumba"), (claim.Holder.Name, claim.Via));
    }

    [Theory]
    [InlineData("The West Bengal government put the damage at $4 million on Thursday.", "$4 million", "West Bengal")]
    [InlineData("The Sindh Agriculture Department said 300 hectares were lost.", "300", "Sindh")]
    public void A_state_government_body_holds_for_its_state(string text, string number, string holder)
        => Assert.Equal(holder, ClaimTestText.On(text, number).Holder.Name);

    [Fact]
    public void A_minister_of_no_named_country_in_a_state_capital_story_speaks_for_the_state_government_named_before()
    {
        var claim = ClaimTestText.On(
            "KOLKATA (Wire) — The West Bengal government on Thursday put the damage at $4 million, two days after the storm struck the coast across the border in Bangladesh.\n\nDisaster Management Minister Partha Mondal told the Assembly that 38,200 houses had been damaged.",
            "38,200");
        Assert.Equal(("West Bengal", "Partha Mondal"), (claim.Holder.Name, claim.Via));
    }

    [Fact]
    public void The_national_government_of_a_country_named_like_a_state_holds_for_the_country()
        => Assert.Equal("country:GE", ClaimTestText.On("Georgia's Interior Ministry said 40 people were detained.", "40").Holder.Key);

    [Theory]
    [InlineData("LA PAZ, Bolivia (Wire) — The government said 27 people were arrested.", "27", "country:BO")]
    [InlineData("LA PAZ, Bolivia (Wire) — The national police said 4,200 officers were deployed.", "4,200", "country:BO")]
    public void A_description_of_the_home_government_holds_for_the_dateline_country(string text, string number, string key)
        => Assert.Equal(key, ClaimTestText.On(text, number).Holder.Key);

    [Fact]
    public void A_description_of_a_provincial_body_is_not_the_country()
        => Assert.Null(ClaimTestText.On("LA PAZ, Bolivia (Wire) — The provincial government said 27 people were arrested.", "27").Holder.Key);

    [Fact]
    public void An_unresolved_body_is_named_without_its_article()
        => Assert.Equal("regional health directorate", ClaimTestText.On("The regional health directorate said 14 people had died.", "14").Holder.Name);
}
