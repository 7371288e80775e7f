using Claimline.Claims;

namespace Claimline.Tests.Claims;

/// <summary>Claim holders read off the dependency parse (issue #14): the innermost attribution whose content holds the number.</summary>
public class SyntacticHolderTests
{
    [Fact]
    public void An_inverted_attribution_after_the_figure_holds_it_and_dates_it()
    {
        // 31 Oct 2024 is a Thursday: "said on Tuesday" is the 29th.
        var claim = ClaimTestText.On(
            "About 2,400 homes were flooded in the Douro valley over the weekend, the Civil Protection Agency said on Tuesday.", "2,400", source: "Valley Post");
        Assert.Equal("Civil Protection Agency", claim.Holder.Name);
        Assert.Equal("syntax", claim.Rule);
        Assert.Equal("2024-10-29", claim.Date);
    }

    [Fact]
    public void A_figure_in_the_subject_of_a_reporting_verb_is_the_writers()
    {
        var claim = ClaimTestText.On("Three hundred firefighters said on Monday that the fire was under control.", "Three hundred", source: "Valley Post");
        Assert.Equal(HolderKind.Outlet, claim.Holder.Kind);
    }

    [Fact]
    public void Officials_of_a_people_hold_for_its_country()
    {
        var claim = ClaimTestText.On("Chilean officials said about 1,200 people had been evacuated from the coast.", "1,200", source: "Valley Post");
        Assert.Equal("country:CL", claim.Holder.Key);
    }

    [Fact]
    public void A_spokeswoman_for_a_body_speaks_for_it()
    {
        var claim = ClaimTestText.On(
            "Anna Berg, a spokeswoman for the Harbor Relief Foundation, said that at least 300 people had been rescued overnight.", "300", source: "Valley Post");
        Assert.Equal("Harbor Relief Foundation", claim.Holder.Name);
        Assert.Equal("Anna Berg", claim.Via);
    }

    [Fact]
    public void Governments_that_speak_together_hold_jointly()
    {
        var claim = ClaimTestText.On(
            "Norway, Sweden and Denmark said in a joint statement that they had pledged 900 million euros to the fund.", "900 million euros", source: "Valley Post");
        Assert.Null(claim.Holder.Key);
        Assert.Equal("Norway and Sweden and Denmark", claim.Holder.Name);
    }

    [Fact]
    public void A_description_of_a_body_named_earlier_holds_for_it()
    {
        var claim = ClaimTestText.On(
            "The National Civil Registry published the count on Monday.\n\nTurnout reached 41.5 percent, the registry said.", "41.5 percent", source: "Valley Post");
        Assert.Equal("National Civil Registry", claim.Holder.Name);
    }

    [Fact]
    public void A_date_in_a_clause_beside_the_figure_does_not_date_it()
    {
        // The quake struck on Sunday (27 Oct); the toll is the ministry's figure of its statement day, Thursday 31 Oct.
        var claim = ClaimTestText.On(
            "The death toll from the earthquake that struck the province on Sunday rose to 187, the Interior Ministry said on Thursday.", "187", source: "Valley Post");
        Assert.Equal("2024-10-31", claim.Date);
    }

    [Fact]
    public void A_kind_of_body_refers_back_to_the_body_just_named()
    {
        var claim = ClaimTestText.On(
            "The Meridian Freight Group will close its depot in Leeds next year.\n\nAbout 340 jobs will be lost, the company said on Monday.", "About 340", source: "Valley Post");
        Assert.Equal("Meridian Freight Group", claim.Holder.Name);
    }
}
