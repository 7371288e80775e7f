using Claimline.Quantities;

namespace Claimline.Tests.Quantities;

public class QuantityFinderTests
{
    [Theory]
    [InlineData("About 3,000 people line the streets every year.", 3000)]
    [InlineData("The 4,200 hotline calls were logged on Monday.", 4200)]
    [InlineData("The convoy carried 8,000 rifles.", 8000)]
    [InlineData("The plant made 1.5 tons of steel.", 1.5)]
    [InlineData("The city has 1.2 million residents.", 1_200_000)]
    [InlineData("The firm hired three engineers.", 3)]
    [InlineData("The firm hired twenty-four engineers.", 24)]
    [InlineData("The firm hired two hundred thousand workers.", 200_000)]
    [InlineData("The baker sold a dozen loaves.", 12)]
    [InlineData("An 11,000-strong force gathered at the river.", 11_000)]
    public void Numbers_in_digits_words_and_scales_get_their_value(string text, double value)
        => Assert.Equal(value, QuantityTestText.First(text).Value);

    [Fact]
    public void Tens_of_thousands_is_a_floor_of_ten_thousand()
    {
        var q = QuantityTestText.First("Tens of thousands of farmers marched on the capital.");
        Assert.Equal(10_000, q.Value);
        Assert.Equal(Qualifier.AtLeast, q.Qualifier);
        Assert.Equal("farmers", q.Counted?.Head);
        Assert.Equal(100_000, QuantityTestText.First("Hundreds of thousands of farmers marched on the capital.").Value);
    }

    [Fact]
    public void A_lone_vague_plural_is_a_range()
    {
        var q = QuantityTestText.First("Thousands of farmers marched on the capital.");
        Assert.Null(q.Value);
        Assert.Equal(2_000, q.Low);
        Assert.Equal(10_000, q.High);
        Assert.Equal(Qualifier.Approx, q.Qualifier);
    }

    [Theory]
    [InlineData("Officials expect 10,000 to 12,000 volunteers.", 10_000, 12_000)]
    [InlineData("Officials expect 11 to 12,000 volunteers.", 11_000, 12_000)]
    [InlineData("Officials expect between 5 and 7 volunteers.", 5, 7)]
    [InlineData("Officials expect 10,000-12,000 volunteers.", 10_000, 12_000)]
    public void Ranges_keep_both_bounds_and_scale_a_short_first_bound(string text, double low, double high)
    {
        var q = QuantityTestText.First(text);
        Assert.Null(q.Value);
        Assert.Equal((low, high), (q.Low, q.High));
        Assert.Equal(Qualifier.Range, q.Qualifier);
        Assert.Equal("volunteers", q.Counted?.Head);
    }

    [Theory]
    [InlineData("Some 400 sailors returned home.", Qualifier.Approx)]
    [InlineData("About 400 sailors returned home.", Qualifier.Approx)]
    [InlineData("Around 400 sailors returned home.", Qualifier.Approx)]
    [InlineData("Roughly 400 sailors returned home.", Qualifier.Approx)]
    [InlineData("At least 400 sailors returned home.", Qualifier.AtLeast)]
    [InlineData("More than 400 sailors returned home.", Qualifier.AtLeast)]
    [InlineData("Up to 400 sailors returned home.", Qualifier.AtMost)]
    [InlineData("As many as 400 sailors returned home.", Qualifier.AtMost)]
    [InlineData("Fewer than 400 sailors returned home.", Qualifier.AtMost)]
    [InlineData("The port welcomed 400 sailors.", Qualifier.Exact)]
    public void Qualifiers_are_normalized(string text, Qualifier qualifier)
    {
        var q = QuantityTestText.First(text);
        Assert.Equal(qualifier, q.Qualifier);
        Assert.Equal(400, q.Value);
    }

    [Theory]
    [InlineData("Turnout fell to 43% this spring.")]
    [InlineData("Turnout fell to 43 percent this spring.")]
    [InlineData("Turnout fell to 43 per cent this spring.")]
    public void Percentages_have_the_percent_unit(string text)
    {
        var q = QuantityTestText.First(text);
        Assert.Equal(QuantityKind.Percent, q.Kind);
        Assert.Equal("%", q.Unit);
        Assert.Equal(43, q.Value);
    }

    [Theory]
    [InlineData("The ministry spent $1.2 billion on roads.", "USD", 1_200_000_000)]
    [InlineData("The ministry spent €40 million on roads.", "EUR", 40_000_000)]
    [InlineData("The ministry spent 300 million yen on roads.", "JPY", 300_000_000)]
    public void Money_carries_its_currency_code(string text, string code, double value)
    {
        var q = QuantityTestText.First(text);
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(code, q.Unit);
        Assert.Equal(value, q.Value);
    }

    [Theory]
    [InlineData("The garrison has risen by about 2,000 men.", ChangeKind.Increase, ChangeBasis.By, Qualifier.Approx)]
    [InlineData("The garrison has increased to 11,000 men.", ChangeKind.Increase, ChangeBasis.To, Qualifier.Exact)]
    [InlineData("The garrison fell sharply to 900 men.", ChangeKind.Decrease, ChangeBasis.To, Qualifier.Exact)]
    [InlineData("The garrison reached 5,000 men.", ChangeKind.SetTo, ChangeBasis.To, Qualifier.Exact)]
    public void Changes_record_direction_and_whether_the_number_is_the_difference_or_the_level(string text, ChangeKind change, ChangeBasis basis, Qualifier qualifier)
    {
        var q = QuantityTestText.First(text);
        Assert.Equal((change, basis, qualifier), (q.Change, q.ChangeBasis, q.Qualifier));
    }

    [Fact]
    public void Counted_phrase_keeps_its_demonym_and_links_it_to_the_country()
    {
        var q = QuantityTestText.First("Kyiv says some 3,000 North Korean troops are massing.");
        Assert.Equal("North Korean troops", q.Counted?.Text);
        Assert.Equal("troop", q.Counted?.Lemma);
        Assert.Contains("group:KP", q.CountedEntities);
    }

    [Fact]
    public void Counted_phrase_takes_an_of_phrase_and_keeps_the_head_before_it()
    {
        var q = QuantityTestText.First("Satellite images showed 700 crates of artillery shells at the port.");
        Assert.Equal("crates of artillery shells", q.Counted?.Text);
        Assert.Equal("crates", q.Counted?.Head);
    }

    [Theory]
    [InlineData("Divers said 14 containers fell from the ferry.", "containers")]
    [InlineData("Officials said 3,000 refugee families remain in the camps.", "refugee families")]
    [InlineData("About 200 fishermen fled the storm.", "fishermen")]
    public void Counted_phrase_stops_at_a_verb_without_an_ed_ending(string text, string counted)
        => Assert.Equal(counted, QuantityTestText.First(text).Counted?.Text);

    [Theory]
    [InlineData("The death toll from the storm that flooded the valley rose to 31 on Monday.", "31", "death toll")]
    [InlineData("Chile’s annual inflation rate accelerated to 5.2% in May.", "5.2%", "annual inflation rate")]
    [InlineData("Economists expect unemployment to ease to roughly 6% by June.", "roughly 6%", "unemployment")]
    [InlineData("The agency put the number of displaced families in the valley at 2,300.", "2,300", "displaced families")]
    [InlineData("Wheat exports climbed to 900,000 tonnes, up from 750,000 a year earlier.", "750,000", "tonnes")]
    [InlineData("The fleet counted 410 trawlers in May, compared with fewer than 300 a year ago.", "fewer than 300", "trawlers")]
    [InlineData("Donors pledged $2.1 billion in reconstruction aid.", "$2.1 billion", "reconstruction aid")]
    [InlineData("Inspectors said at least 45 of the ships had switched off their transponders.", "at least 45", "ships")]
    [InlineData("Rescuers recovered six more bodies overnight.", "six", "bodies")]
    [InlineData("As many as 120 foreign fishing vessels were seen off the coast.", "As many as 120", "foreign fishing vessels")]
    public void Counted_phrase_comes_from_the_words_around_the_number_when_none_follow_it(string text, string number, string counted)
    {
        var q = Assert.Single(QuantityTestText.Find(text), q => q.Span.Of(text) == number);
        Assert.Equal(counted, q.Counted?.Text);
    }

    [Fact]
    public void An_age_is_no_quantity()
        => Assert.Empty(QuantityTestText.Find("The driver, 45 years old, was taken to hospital."));

    [Fact]
    public void Cents_are_hundredths_of_a_dollar()
    {
        var q = QuantityTestText.First("The company earned 15 cents a share.");
        Assert.Equal((QuantityKind.Money, "USD"), (q.Kind, q.Unit));
        Assert.Equal(0.15, q.Value!.Value, 6);
    }

    [Fact]
    public void A_measure_noun_gives_its_head_to_the_noun_before_it()
        => Assert.Equal("inflation", QuantityTestText.First("The inflation rate rose to 4% in March.").Counted?.Lemma);

    [Fact]
    public void The_number_as_subject_still_refers_back_instead_of_counting_itself()
    {
        var found = QuantityTestText.Find("About 500 Chilean firefighters are in Argentina. Officials said the number has increased to 700.");
        Assert.True(found[1].Anaphoric);
        Assert.Equal("Chilean firefighters", found[1].Counted?.Text);
    }

    [Fact]
    public void Acronym_in_the_counted_phrase_resolves_to_the_country()
    {
        var q = QuantityTestText.First("Officials said 2,500 DPRK workers were in Vladivostok.");
        Assert.Contains("country:KP", q.CountedEntities);
    }

    [Theory]
    [InlineData("There are 4,000 Chinese engineers in Pakistan now.", "Pakistan", "country:PK")]
    [InlineData("About 600 Ukrainian soldiers that were sent are now on Poland's border.", "Poland's border", "country:PL")]
    public void Location_after_the_counted_phrase_is_attached(string text, string location, string key)
    {
        var q = QuantityTestText.First(text);
        Assert.Equal(location, q.Location?.Text);
        Assert.Equal(key, q.Location?.Key);
    }

    [Fact]
    public void Anaphoric_number_inherits_what_is_counted_and_where()
    {
        var found = QuantityTestText.Find(
            "Analysts believe there are about 3,000 Iranian advisers in Syria. Israel says the number has increased to 4,000, and others put the figure higher, at up to 5,000.");
        Assert.Equal(3, found.Count);
        var (first, second, third) = (found[0], found[1], found[2]);
        Assert.False(first.Anaphoric);
        Assert.True(second.Anaphoric);
        Assert.Equal(0, second.Antecedent);
        Assert.Equal("Iranian advisers", second.Counted?.Text);
        Assert.Equal("country:SY", second.Location?.Key);
        Assert.Equal((ChangeKind.Increase, Qualifier.Exact), (second.Change, second.Qualifier));
        Assert.True(third.Anaphoric);
        Assert.Equal(1, third.Antecedent);
        Assert.Equal(Qualifier.AtMost, third.Qualifier);
        Assert.Equal("country:SY", third.Location?.Key);
    }

    [Fact]
    public void Denial_is_a_negated_zero()
    {
        var q = QuantityTestText.First("Does Moscow still claim that there are no Iranian advisers in Russia?");
        Assert.True(q.Negated);
        Assert.Equal(0, q.Value);
        Assert.Equal("advisers", q.Counted?.Head);
        Assert.Equal("country:RU", q.Location?.Key);
    }

    [Theory]
    [InlineData("The treaty was signed in 2024.")]
    [InlineData("The talks resumed on Oct. 30 in Geneva.")]
    [InlineData("The meeting started at 10:30 and lasted three hours.")]
    [InlineData("See page 12 of the report.")]
    [InlineData("It was the first time in the 1990s that one of them spoke.")]
    [InlineData("A 5-year-old boy was rescued.")]
    [InlineData("Families can report missing relatives on the 171 hotline.")]
    [InlineData("Suspected cases can be reported on the 151 emergency line.")]
    [InlineData("Residents can call the State Emergency Service on 132 500.")]
    [InlineData("The magnitude 6.8 earthquake struck late on Tuesday.")]
    public void Years_dates_times_labels_and_ordinals_are_not_quantities(string text)
        => Assert.Empty(QuantityTestText.Find(text));
}
