using Claimline.Quantities;

namespace Claimline.Tests.Quantities;

/// <summary>Number forms outside the US wire style and money ranges in the forms news uses (issue #16).</summary>
public class NumberFormTests
{
    [Theory]
    [InlineData("Police counted 12 400 marchers in the square.", 12_400, "12 400")]
    [InlineData("Police counted 12\u00a0400 marchers in the square.", 12_400, "12\u00a0400")]
    [InlineData("Police counted 7\u2009500 marchers in the square.", 7_500, "7\u2009500")]
    [InlineData("Police counted 1 250 000 marchers in the square.", 1_250_000, "1 250 000")]
    [InlineData("The report counted 1,2 million displaced people.", 1_200_000, "1,2 million")]
    [InlineData("The bill came to 3,5 billion euros in the end.", 3_500_000_000, "3,5 billion euros")]
    [InlineData("The fund pledged USD15 billion to the plan.", 15_000_000_000, "USD15 billion")]
    [InlineData("The fund pledged US$ 3.2 million to the plan.", 3_200_000, "US$ 3.2 million")]
    [InlineData("The fund pledged $ 80 billion to the plan.", 80_000_000_000, "$ 80 billion")]
    [InlineData("The state spent 2 crore rupees on the road.", 20_000_000, "2 crore rupees")]
    [InlineData("The county set aside KSh 2 billion for repairs.", 2_000_000_000, "KSh 2 billion")]
    [InlineData("As of Wednesday, 2,16,400 people were in relief camps.", 216_400, "2,16,400")]
    [InlineData("The state released Rs 1,20,00,000 for food.", 12_000_000, "Rs 1,20,00,000")]
    public void Spaced_groups_decimal_commas_and_glued_currency_codes_are_one_number(string text, double value, string span)
    {
        var q = QuantityTestText.First(text);
        Assert.Equal(value, q.Value);
        Assert.Equal(span, text[q.Span.Start..q.Span.End]);
    }

    [Fact]
    public void A_glued_currency_code_is_money_in_that_currency()
        => Assert.Equal(("USD", QuantityKind.Money), (QuantityTestText.First("The fund pledged USD15 billion.").Unit, QuantityTestText.First("The fund pledged USD15 billion.").Kind));

    [Theory]
    [InlineData("They voted 1,2 and 3 times.")]
    [InlineData("On May 12 400 people marched.")]
    public void A_comma_or_space_without_the_words_that_make_it_a_number_splits_it(string text)
        => Assert.DoesNotContain(QuantityTestText.Find(text), q => q.Value is 1.2 or 12_400);

    [Theory]
    [InlineData("Insurers put losses between $120 billion and $140 billion.", 120e9, 140e9)]
    [InlineData("Analysts put damage in the $5 billion to $15 billion range.", 5e9, 15e9)]
    [InlineData("Another firm gave a $12 to $18 billion range.", 12e9, 18e9)]
    [InlineData("Estimates ran from $3 billion to $7 billion.", 3e9, 7e9)]
    [InlineData("The bank estimated between $60 billion to as much as $90 billion.", 60e9, 90e9)]
    [InlineData("The ministry said between 60 billion dollars and 75 billion dollars.", 60e9, 75e9)]
    [InlineData("Repairs could range from $2 billion to as much as $4 billion.", 2e9, 4e9)]
    [InlineData("The agency said €2bn–€3bn would be needed.", 2e9, 3e9)]
    [InlineData("Reconstruction needs lie in a $1.1 to $1.4 billion range.", 1_100_000_000, 1_400_000_000)]
    [InlineData("The stoppage could cost between R1.2 billion and R1.8 billion.", 1_200_000_000, 1_800_000_000)]
    public void Money_ranges_are_one_quantity_with_both_bounds(string text, double low, double high)
    {
        var found = QuantityTestText.Find(text);
        var q = Assert.Single(found);
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Null(q.Value);
        Assert.Equal((low, high, Qualifier.Range), (q.Low, q.High, q.Qualifier));
    }

    [Theory]
    [InlineData("The harvest will be between 5% and 8% below the estimate.")]
    [InlineData("The harvest will be 5 percent to 8 percent below the estimate.")]
    [InlineData("The harvest will be 5 to 8 percent below the estimate.")]
    public void Percent_ranges_are_one_quantity_with_both_bounds(string text)
    {
        var q = Assert.Single(QuantityTestText.Find(text));
        Assert.Equal((QuantityKind.Percent, 5.0, 8.0, Qualifier.Range), (q.Kind, q.Low, q.High, q.Qualifier));
    }

    [Fact]
    public void A_change_from_one_level_to_another_is_no_range()
    {
        var found = QuantityTestText.Find("Spending rose from $3 billion to $7 billion last year.");
        Assert.Equal(2, found.Count);
        Assert.All(found, q => Assert.NotNull(q.Value));
    }

    [Fact]
    public void Two_currencies_that_differ_are_no_range()
        => Assert.Equal(2, QuantityTestText.Find("The ministry said between 60 billion dollars and 75 billion euros.").Count);

    [Theory]
    [InlineData("Kopp, 44, of Albany was charged on Friday.")]
    [InlineData("The nurse, Maria Lopez, 61, said nothing.")]
    [InlineData("The plane was a Boeing 747 bound for Lagos.")]
    [InlineData("Trucks were stuck on Route 9 near the border.")]
    [InlineData("The council cited Resolution 2334 in its letter.")]
    public void Ages_beside_names_and_digits_in_names_are_no_quantities(string text)
        => Assert.Empty(QuantityTestText.Find(text));

    [Theory]
    [InlineData("In Kenya, 12 were killed, police said.", 12)]
    [InlineData("Officials said Thursday 187 people had died.", 187)]
    [InlineData("“About 400 volunteers are working,” she said.", 400)]
    public void Counts_after_names_days_and_quotation_marks_stay_counts(string text, double value)
        => Assert.Contains(QuantityTestText.Find(text), q => q.Value == value);

    [Theory]
    [InlineData("$")]
    [InlineData("It cost between and.")]
    [InlineData("It cost $ billion.")]
    [InlineData("It cost 1e308 billion dollars.")]
    [InlineData("Between $5 billion to as much as.")]
    [InlineData("Они сказали 12 400 человек and 3,5 миллиона euros.")]
    [InlineData("The count was 12 400 500 600 700 800 900 100 200 people.")]
    public void Hostile_number_text_gives_finite_quantities_or_none(string text)
    {
        foreach (var q in QuantityTestText.Find(text))
        {
            Assert.True(double.IsFinite(q.Low) && double.IsFinite(q.High) && q.Low <= q.High, $"{q.Low}..{q.High} in \"{text}\"");
        }
    }

    [Fact]
    public void Four_hundred_digits_are_no_quantity_and_no_infinity()
    {
        var text = "They counted " + new string('9', 400) + " people.";
        Assert.All(QuantityTestText.Find(text), q => Assert.True(double.IsFinite(q.High)));
    }

    [Theory]
    [InlineData("Nearly 1 in 5 farmers would sell the farm.", 20, Qualifier.Approx, "farmers")]
    [InlineData("One in three homes lost power.", 33.3, Qualifier.Exact, "homes")]
    [InlineData("Fewer than half of homes were insured.", 50, Qualifier.AtMost, "homes")]
    [InlineData("Nearly two-thirds of the villages flooded.", 66.7, Qualifier.Approx, "villages")]
    [InlineData("The appeal was less than a quarter funded.", 25, Qualifier.AtMost, null)]
    public void Ratios_and_fractions_in_words_are_shares_in_percent(string text, double percent, Qualifier qualifier, string? counted)
    {
        var q = QuantityTestText.First(text);
        Assert.Equal((QuantityKind.Percent, percent, qualifier), (q.Kind, q.Value!.Value, q.Qualifier));
        Assert.Equal(counted, q.Counted?.Head);
    }

    [Theory]
    [InlineData("The meeting lasted a quarter of an hour.")]
    [InlineData("They scored twice in the first half.")]
    [InlineData("She ran a third time.")]
    [InlineData("Ships passed at less than half the 72 a day of last year.")]
    public void Fractions_that_are_no_shares_are_left_alone(string text)
        => Assert.DoesNotContain(QuantityTestText.Find(text), q => q.Kind == QuantityKind.Percent);

    [Theory]
    [InlineData("Officials said no American troops would be deployed.", "troops")]
    [InlineData("No injuries were reported after the blast.", "injuries")]
    public void No_before_a_plural_noun_and_a_verb_is_a_denial_of_any(string text, string head)
    {
        var q = QuantityTestText.First(text);
        Assert.True(q.Negated);
        Assert.Equal((0.0, head), (q.High, q.Counted?.Head));
    }

    [Theory]
    [InlineData("He had no doubt about the plan.")]
    [InlineData("The plan was no longer viable.")]
    [InlineData("The report made no mention of casualties.")]
    public void No_in_other_senses_is_no_denial(string text)
        => Assert.DoesNotContain(QuantityTestText.Find(text), q => q.Negated);

    [Theory]
    [InlineData("Temperatures above 35 degrees are forecast.")]
    [InlineData("Call the toll-free line 909 for help.")]
    [InlineData("Traffic on NH 48 moved normally.")]
    public void Temperatures_and_line_numbers_are_no_quantities(string text)
        => Assert.Empty(QuantityTestText.Find(text));

    [Theory]
    [InlineData("The home side lost 2-1 in the semi-final.")]
    [InlineData("The visitors won 3–0 on Sunday.")]
    [InlineData("\"We have not slept for three nights,\" the commander said.")]
    public void Match_scores_and_nights_are_no_quantities(string text)
        => Assert.Empty(QuantityTestText.Find(text));

    [Fact]
    public void A_seat_count_after_won_is_still_a_quantity()
        => Assert.NotEmpty(QuantityTestText.Find("The rebels won 40 seats."));

    [Theory]
    [InlineData("Relatives can call a hotline, 0312 62 10 10, for news.")]
    [InlineData("Relatives can call 018 464 2200 for news.")]
    [InlineData("The state's helpline, 104, was swamped.")]
    [InlineData("The R2 road was closed.")]
    [InlineData("Call the hotline, (021) 204 601, for help.")]
    [InlineData("The operations room can be reached at 03-8064 2400.")]
    [InlineData("The government helpline, 47 721 75 75, is open.")]
    [InlineData("Nurses wore N95 masks.")]
    public void Telephone_numbers_helplines_and_road_names_are_no_quantities(string text)
        => Assert.Empty(QuantityTestText.Find(text));

    [Theory]
    [InlineData("The subsidy cost about 2,5 percent of output.", 2.5)]
    [InlineData("The mine lost R800 million last year.", 800_000_000)]
    public void Decimal_comma_percents_and_the_rand_sign_read_whole(string text, double value)
        => Assert.Equal(value, QuantityTestText.First(text).Value);

    [Fact]
    public void Decimals_times_a_scale_are_the_figure_as_written()
        => Assert.Equal(1_100_000_000d, QuantityTestText.First("The bank lent $1.1 billion.").Value);
}
