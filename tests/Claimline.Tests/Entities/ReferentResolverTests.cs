using Claimline.Entities.Resolution;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;

namespace Claimline.Tests.Entities;

/// <summary>Referents on our own sentences. The entity mentions come from the shipped tagger, so the sentences are plain news copy.</summary>
public class ReferentResolverTests
{
    private static (Document Document, IReadOnlyList<Referent> Referents) Resolve(string text)
    {
        var document = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true }).Run(DocumentReader.FromText(text, "t"));
        return (document, document.Get(Layers.Referents));
    }

    private static Referent Named(IReadOnlyList<Referent> referents, string canonical)
        => Assert.Single(referents, r => r.Canonical == canonical);

    private static string[] MentionTexts(Document document, Referent referent)
        => referent.Mentions.Select(m => m.Of(document.Text)).Distinct().ToArray();

    [Fact]
    public void An_acronym_in_brackets_after_a_body_is_the_same_body()
    {
        var (document, referents) = Resolve(
            "The fires were reported by the Regional Forest Protection Service (RFPS) on Monday. By Tuesday, RFPS said, crews had reached the ridge.");
        var body = Named(referents, "Regional Forest Protection Service");
        Assert.Equal(ReferentKind.Organization, body.Kind);
        Assert.Contains("RFPS", MentionTexts(document, body));
        Assert.DoesNotContain(referents, r => r.Canonical == "RFPS");
    }

    [Fact]
    public void A_short_name_in_brackets_in_the_bodys_own_language_is_the_same_body()
    {
        var (document, referents) = Resolve(
            "The National Forestry Corporation (Conaf) said 38,000 hectares had burned. Conaf said crews were fighting 19 fires.");
        var body = Named(referents, "National Forestry Corporation");
        Assert.Contains("Conaf", MentionTexts(document, body));
        Assert.DoesNotContain(referents, r => r.Canonical == "Conaf");
    }

    [Fact]
    public void A_body_spelled_out_by_its_acronym_and_its_name_without_designators_are_the_same_body()
    {
        var (document, referents) = Resolve(
            "The United Nations Mission in South Sudan (UNMISS) said 300 people had fled. UNMISS said more were coming. "
            + "Halvorsen Shipping Group said two ships were delayed. Halvorsen said a third would sail on Friday.");
        var mission = Named(referents, "United Nations Mission in South Sudan");
        Assert.Contains("UNMISS", MentionTexts(document, mission));
        var company = Named(referents, "Halvorsen Shipping Group");
        Assert.Contains("Halvorsen", MentionTexts(document, company));
        Assert.DoesNotContain(referents, r => r.Canonical is "UNMISS" or "Halvorsen" or "United Nations Mission");
    }

    [Fact]
    public void A_sentence_opening_The_is_no_part_of_a_body_name()
    {
        var (_, referents) = Resolve("The Dock Workers Union said 4,000 members walked out on Monday.");
        Assert.Contains(referents, r => r.Canonical == "Dock Workers Union");
    }

    [Fact]
    public void Surname_joins_the_full_name_and_the_role_is_kept()
    {
        var (document, referents) = Resolve("Defense Secretary Maria Delgado met the press on Monday. Delgado said the talks would resume.");
        var person = Named(referents, "Maria Delgado");
        Assert.Equal(ReferentKind.Person, person.Kind);
        Assert.Equal("person:maria-delgado", person.Key);
        Assert.Equal(["Maria Delgado", "Delgado"], MentionTexts(document, person));
        Assert.Equal("Defense Secretary", Assert.Single(person.Roles).Title);
    }

    [Fact]
    public void Hyphenated_and_spaced_forms_of_a_name_are_one_person_and_the_family_name_alone_joins_them()
    {
        var (document, referents) = Resolve("South Korean Foreign Minister Park Min-soo arrived on Tuesday. Park Min Soo told reporters the visit was useful. Park added that talks would continue.");
        var person = Named(referents, "Park Min-soo");
        Assert.Equal(3, person.Mentions.Count);
        var role = Assert.Single(person.Roles);
        Assert.Equal("Foreign Minister", role.Title);
        Assert.Equal("KR", role.Country);
        Assert.Equal(RoleSource.Explicit, role.Source);
        _ = document;
    }

    [Fact]
    public void Aliases_and_capitals_join_their_country()
    {
        var (document, referents) = Resolve("North Korea denied the report. The DPRK said it had sent no troops, and Pyongyang called the claim false. Tokyo and Japan's allies disagreed.");
        var country = Assert.Single(referents, r => r.Key == "country:KP");
        Assert.Equal("North Korea", country.Canonical);
        Assert.Equal(ReferentKind.Country, country.Kind);
        Assert.Contains("DPRK", MentionTexts(document, country));
        Assert.Contains("Pyongyang", MentionTexts(document, country));
        Assert.Contains(referents, r => r.Key == "country:JP" && MentionTexts(document, r).Contains("Tokyo"));
    }

    [Fact]
    public void Apposition_before_the_name_gives_role_country_and_organization()
    {
        var (_, referents) = Resolve("During the debate, the deputy U.S. ambassador to the United Nations, Thomas Reyes, asked for a vote.");
        var role = Assert.Single(Named(referents, "Thomas Reyes").Roles);
        Assert.Equal("deputy U.S. ambassador to the United Nations", role.Title);
        Assert.Equal("US", role.Country);
        Assert.Equal("United Nations", role.Organization);
    }

    [Fact]
    public void Apposition_after_the_name_gives_the_role()
    {
        var (_, referents) = Resolve("Helen Okafor, the Nigerian finance minister, said the budget was balanced.");
        var role = Assert.Single(Named(referents, "Helen Okafor").Roles);
        Assert.Equal("finance minister", role.Title);
        Assert.Equal("NG", role.Country);
    }

    [Fact]
    public void Rank_is_kept_apart_from_the_title()
    {
        var (_, referents) = Resolve("Pentagon spokesman Maj. Gen. Carl Benson briefed reporters on Friday.");
        var role = Assert.Single(Named(referents, "Carl Benson").Roles);
        Assert.Equal("Pentagon spokesman", role.Title);
        Assert.Equal("Maj. Gen.", role.Rank);
        Assert.Equal("US", role.Country);
    }

    [Fact]
    public void Bracketed_given_name_completes_the_canonical_name()
    {
        var (_, referents) = Resolve("“They are running out of soldiers because (French President Paul) Marchand has refused,” she said.");
        var person = Named(referents, "Paul Marchand");
        var role = Assert.Single(person.Roles);
        Assert.Equal("President", role.Title);
        Assert.Equal("FR", role.Country);
    }

    [Fact]
    public void Unqualified_role_takes_the_country_of_the_dateline()
    {
        var (_, referents) = Resolve("TOKYO (AP) — Foreign Minister Aiko Tanaka said on Monday that the summit would go ahead.");
        var role = Assert.Single(Named(referents, "Aiko Tanaka").Roles);
        Assert.Equal("JP", role.Country);
        Assert.Equal(RoleSource.Dateline, role.Source);
    }

    [Fact]
    public void Name_before_administration_is_a_body_and_place_kinds_join_the_place()
    {
        var (document, referents) = Resolve("The Okafor administration sent aid to the Kherson region. Officials in Kherson Oblast said the aid arrived, and Kherson had power again.");
        var body = Named(referents, "Okafor administration");
        Assert.Equal(ReferentKind.Organization, body.Kind);
        var place = Named(referents, "Kherson Oblast");
        Assert.Equal(ReferentKind.Place, place.Kind);
        Assert.Equal(3, MentionTexts(document, place).Length);
    }

    [Fact]
    public void A_person_is_not_mistaken_for_a_place_of_the_same_name_and_back()
    {
        var (document, referents) = Resolve("Senator Dana Houston spoke first. Houston said the bill was fair. Later she flew home to Houston, Texas.");
        var person = Named(referents, "Dana Houston");
        Assert.Equal(2, person.Mentions.Count);
        Assert.DoesNotContain(person.Mentions, m => document.Text[..m.Start].EndsWith("to ", StringComparison.Ordinal));
    }

    [Fact]
    public void Dateline_counts_as_a_mention_of_what_it_names()
    {
        var (document, referents) = Resolve("UNITED NATIONS (AP) — The United Nations opened its session on Tuesday.");
        var un = Assert.Single(referents, r => r.Key == "org:united-nations");
        Assert.Contains("UNITED NATIONS", MentionTexts(document, un));
    }

    [Fact]
    public void Countries_and_divisions_get_coordinates()
    {
        var (_, referents) = Resolve("Troops moved into the Kherson region of Ukraine on Monday, officials in Kyiv said.");
        var ukraine = Assert.Single(referents, r => r.Key == "country:UA");
        Assert.NotNull(ukraine.Location);
        var region = Assert.Single(referents, r => r.Kind == ReferentKind.Place && r.Canonical.StartsWith("Kherson", StringComparison.Ordinal));
        Assert.Equal("UA", region.Country);
        Assert.InRange(region.Location!.Value.Latitude, 45, 48);
        Assert.InRange(region.Location!.Value.Longitude, 31, 36);
    }

    [Fact]
    public void A_town_named_in_several_countries_is_placed_only_with_one_of_them_in_the_article()
    {
        var ambiguous = Resolve("Flooding closed roads around Valencia on Tuesday.").Referents
            .Single(r => r.Canonical == "Valencia");
        Assert.Null(ambiguous.Location);

        var placed = Resolve("Flooding closed roads around Valencia on Tuesday, and Spain sent soldiers.").Referents
            .Single(r => r.Canonical == "Valencia");
        Assert.Equal("ES", placed.Country);
        Assert.NotNull(placed.Location);
    }
}
