namespace Claimline.Tests.Time;

/// <summary>Expressions resolved against the document date or the time the text is talking about.</summary>
public class RelativeDateTests
{
    [Theory]
    [InlineData("Prices fell sharply last week.", "2024-10-31", "last week", "2024-W43")]
    [InlineData("Officials said earlier this month that aid would come.", "2024-10-31", "earlier this month", "2024-10")]
    [InlineData("Exports rose last year.", "2024-10-31", "last year", "2023")]
    [InlineData("Exports rose last year.", "2024-01-03", "last year", "2023")]
    [InlineData("The bank cut rates last December.", "2024-01-10", "last December", "2023-12")]
    [InlineData("The bank will cut rates next January.", "2024-12-10", "next January", "2025-01")]
    [InlineData("The plant reopens next month.", "2024-12-10", "next month", "2025-01")]
    [InlineData("The fire started three days ago.", "2024-03-02", "three days ago", "2024-02-28")]
    [InlineData("Police made arrests yesterday.", "2024-01-01", "yesterday", "2023-12-31")]
    [InlineData("Profit rose in the fourth quarter, the bank said.", "2024-01-20", "the fourth quarter", "2023-Q4")]
    public void Relative_date_is_resolved_against_the_document_date(string text, string dct, string span, string value)
        => Assert.Equal(value, TimeTestText.Single(text, dct, span).Value);

    [Fact]
    public void A_day_earlier_is_the_day_before_the_time_the_text_is_talking_about()
    {
        const string text = "The talks collapsed on Oct. 12. A day earlier, both sides had sounded hopeful.";
        var expression = TimeTestText.Single(text, "2024-10-31", "A day earlier");
        Assert.Equal("2024-10-11", expression.Value);
        Assert.Equal("ref", expression.Anchor);
    }

    [Fact]
    public void A_day_earlier_with_nothing_mentioned_before_is_the_day_before_the_document_date()
        => Assert.Equal("2024-10-30", TimeTestText.Single("The figure was up from a day earlier.", "2024-10-31", "a day earlier").Value);

    [Fact]
    public void Two_relative_expressions_in_a_row_both_anchor_on_the_last_date_mentioned()
    {
        const string text = "Output fell in 2019. A year earlier it had risen, and a year earlier still it was flat.";
        var times = TimeTestText.Times(text, "2024-10-31");
        Assert.Equal(["2019", "2018", "2018"], times.Select(t => t.Value));
    }

    [Fact]
    public void Relative_date_without_a_document_date_becomes_a_past_reference()
        => Assert.Equal("PAST_REF", TimeTestText.Single("The fire started three days ago.", null, "three days ago").Value);
}
