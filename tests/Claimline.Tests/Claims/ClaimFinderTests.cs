using Claimline.Claims;

namespace Claimline.Tests.Claims;

public class ClaimFinderTests
{
    [Fact]
    public void The_speaker_of_a_reported_statement_holds_the_number()
    {
        var claim = ClaimTestText.On("“About 400 volunteers are working in Valencia,” said Maria Lopez.", "400");
        Assert.Equal(HolderKind.Speaker, claim.Holder.Kind);
        Assert.Contains("Lopez", claim.Holder.Name);
        Assert.Equal(Modality.States, claim.Modality);
    }

    [Fact]
    public void The_subject_of_has_estimated_holds_the_number_and_estimates()
    {
        var claim = ClaimTestText.On("The United Kingdom has estimated there are about 2,500 Wagner fighters in Mali.", "2,500");
        Assert.Equal("country:GB", claim.Holder.Key);
        Assert.Equal(Modality.Estimates, claim.Modality);
    }

    [Fact]
    public void A_subject_inside_someone_elses_statement_holds_its_own_figure()
    {
        var claim = ClaimTestText.On(
            "Japan assesses that the number has risen to 3,000, while Ukraine has put the figure higher, at up to 4,000.", "4,000");
        Assert.Equal("country:UA", claim.Holder.Key);
        Assert.Equal(HolderKind.Subject, claim.Holder.Kind);
        Assert.Equal(Modality.Estimates, claim.Modality);
    }

    [Fact]
    public void Expects_makes_an_expectation()
    {
        var claim = ClaimTestText.On("France expects some 1,200 refugees to arrive in Calais next week, the minister said.", "1,200");
        Assert.Equal(Modality.Expects, claim.Modality);
    }

    [Fact]
    public void There_are_no_troops_is_a_denial_of_zero()
    {
        var claim = ClaimTestText.On("Moscow's envoy said on Monday that there are no Belarusian troops in Ukraine.", "no");
        Assert.Equal(Modality.Denies, claim.Modality);
    }

    [Fact]
    public void A_number_nobody_is_quoted_on_is_held_by_the_outlet()
    {
        var claim = ClaimTestText.On("Floods destroyed 240 houses in Porto Alegre last week.", "240", source: "Daily Ledger");
        Assert.Equal(HolderKind.Outlet, claim.Holder.Kind);
        Assert.Equal("Daily Ledger", claim.Holder.Name);
        Assert.Equal("outlet:daily-ledger", claim.Holder.Key);
        Assert.Equal(Modality.States, claim.Modality);
    }

    [Fact]
    public void An_official_with_a_role_country_holds_for_the_country_via_themselves()
    {
        var claim = ClaimTestText.On(
            "“There are some 900 Iranian advisers in Syria,” said French Foreign Minister Jean Durand.", "900");
        Assert.Equal("country:FR", claim.Holder.Key);
        Assert.Equal("Jean Durand", claim.Via);
    }

    [Fact]
    public void The_head_of_an_agency_speaks_for_the_agency()
    {
        var claim = ClaimTestText.On("“We have counted 4,000 families in the camps,” said Maria Delgado, the head of the World Food Programme.", "4,000");
        Assert.Equal("org:world-food-programme", claim.Holder.Key);
        Assert.Equal("Maria Delgado", claim.Via);
    }

    [Fact]
    public void An_envoy_to_an_organization_speaks_for_their_country_named_by_the_gazetteer()
    {
        var claim = ClaimTestText.On("“There are 300 Chilean firefighters in Argentina,” said Thomas Reyes, the Chilean ambassador to the United Nations.", "300");
        Assert.Equal("country:CL", claim.Holder.Key);
        Assert.Equal("Chile", claim.Holder.Name);
        Assert.Equal("Thomas Reyes", claim.Via);
    }

    [Fact]
    public void A_ministry_named_with_its_country_holds_for_the_country()
    {
        var claim = ClaimTestText.On("About 2,000 police officers were deployed in the capital, Chile’s Interior Ministry said on Monday.", "2,000");
        Assert.Equal("country:CL", claim.Holder.Key);
        Assert.Equal("Interior Ministry", claim.Via);
    }

    [Fact]
    public void An_independent_analyst_holds_their_own_figure()
    {
        var claim = ClaimTestText.On("KAMPALA, Uganda (AP) — Ana Kovac, an independent security analyst, said at least 40 trucks crossed the border.", "at least 40");
        Assert.Equal("person:ana-kovac", claim.Holder.Key);
        Assert.Null(claim.Via);
    }

    [Fact]
    public void A_government_spokesman_answering_another_country_speaks_for_it_not_for_the_dateline()
    {
        var claim = ClaimTestText.On(
            "NAIROBI, Kenya (AP) — Kenya said 500 Ugandan troops had crossed into Kenya. Uganda rejected the claim. “There are no Ugandan troops in Kenya,” government spokesman Thomas Reyes said.",
            "no");
        Assert.Equal("country:UG", claim.Holder.Key);
        Assert.Equal(Modality.Denies, claim.Modality);
    }

    [Fact]
    public void A_speaker_described_as_the_bank_is_held_by_the_bank_named_before()
    {
        var claim = ClaimTestText.On("The Bank of Portugal cut its growth forecast on Monday. The bank said inflation would average 2.1% this year.", "2.1%");
        Assert.Equal("Bank of Portugal", claim.Holder.Name);
        Assert.NotNull(claim.Holder.Key);
    }

    [Theory]
    [InlineData("Thomas Reyes, a spokesman for Chile’s Interior Ministry, said that about 3,000 people took part.", "about 3,000")]
    [InlineData("Chile’s interior minister, Thomas Reyes, told reporters that police had counted about 3,000 marchers.", "about 3,000")]
    [InlineData("SANTIAGO, Chile (AP) — About 3,000 people marched on Monday, the Interior Ministry said.", "About 3,000")]
    public void A_government_body_or_its_official_holds_for_its_country(string text, string number)
        => Assert.Equal("country:CL", ClaimTestText.On(text, number).Holder.Key);

    [Fact]
    public void A_minister_whose_role_names_no_country_speaks_for_the_country_their_sentence_opens_with()
    {
        var claim = ClaimTestText.On("Chile will send Peru about 300 firefighters this week, Interior Minister Thomas Reyes said Monday.", "about 300");
        Assert.Equal("country:CL", claim.Holder.Key);
        Assert.Equal("Thomas Reyes", claim.Via);
    }

    [Fact]
    public void A_figure_referring_back_inherits_the_concept_of_its_antecedent()
    {
        const string text = "The U.S. has estimated there are about 10,000 Chinese workers in Serbia. Belgrade says the number has increased to 11,000.";
        var first = ClaimTestText.On(text, "10,000");
        var second = ClaimTestText.On(text, "11,000");
        Assert.Equal(first.Concept.Key, second.Concept.Key);
        Assert.True(second.Confidence < 0.8);
    }

    [Fact]
    public void The_claim_is_dated_by_the_statement()
    {
        var claim = ClaimTestText.On("The ministry said Tuesday that 35 people were evacuated from Kherson.", "35");
        Assert.Equal("2024-10-29", claim.Date);
    }
}
