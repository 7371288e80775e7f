namespace Claimline.Tests.Time;

/// <summary>
/// Business-news periods (fiscal quarters, years ended on a date, comparison periods), holidays whose day is computed,
/// years in words, and the tense cues that put a bare weekday or weekend on one side of the document date.
/// </summary>
public class BusinessAndHolidayTests
{
    [Theory]
    [InlineData("The maker earned $3 million in the fiscal first quarter.", "2024-10-24", "the fiscal first quarter", "DATE", "2024-Q1")]
    [InlineData("Net income doubled for the year ended June 30.", "2024-10-24", "the year", "DURATION", "P1Y")]
    [InlineData("Revenue rose for the quarter ended Sept. 30.", "2024-10-24", "the quarter", "DATE", "2024-QX")]
    [InlineData("The plant closed in June last year.", "2024-02-19", "June last year", "DATE", "2023-06")]
    [InlineData("Output will fall in the second half of 2025.", "2024-10-24", "the second half of 2025", "DATE", "2025-H2")]
    [InlineData("His grandfather arrived in nineteen twenty-two.", "2024-10-24", "nineteen twenty-two", "DATE", "1922")]
    [InlineData("The ship sank on Thanksgiving Day, officials said.", "2025-01-20", "Thanksgiving Day", "DATE", "2024-11-28")]
    [InlineData("The church was full at Easter.", "2024-05-02", "Easter", "DATE", "2024-03-31")]
    [InlineData("The museum reopens on Easter.", "2025-02-03", "Easter", "DATE", "2025-04-20")]
    [InlineData("Sales should rise in the current fiscal year.", "2024-10-24", "the current fiscal year", "DATE", "2024")]
    [InlineData("Holders may buy at half the then-current price.", "2024-10-24", "then-current", "DATE", "PAST_REF")]
    [InlineData("The index is up 12% since year-end.", "2024-10-24", "year-end", "DATE", "2023-12-31")]
    [InlineData("The sale should close by year-end.", "2024-10-24", "year-end", "DATE", "2024-12-31")]
    [InlineData("Growth has slowed in recent years.", "2024-10-24", "recent years", "DATE", "PAST_REF")]
    [InlineData("The bank expects losses in future quarters.", "2024-10-24", "future quarters", "DATE", "FUTURE_REF")]
    [InlineData("The unit has lost money for the past two quarters.", "2024-10-24", "the past two quarters", "DURATION", "P2Q")]
    [InlineData("The family lived abroad for 2 1/2 years.", "2024-10-24", "2 1/2 years", "DURATION", "P2Y6M")]
    public void Period_gets_its_type_and_value(string text, string dct, string span, string type, string value)
    {
        var expression = TimeTestText.Single(text, dct, span);
        Assert.Equal((type, value), (expression.Type, expression.Value));
    }

    [Fact]
    public void The_year_period_is_the_quarter_the_text_is_talking_about()
    {
        const string text = "Profit rose in the third quarter of 2024. In the 2023 period, the company lost money.";
        Assert.Equal("2023-Q3", TimeTestText.Single(text, "2024-10-24", "the 2023 period").Value);
    }

    [Fact]
    public void A_year_earlier_after_nine_months_is_the_year_not_the_quarter()
    {
        const string text = "Net rose in the third quarter of 2024. For the nine months, net was up from a year earlier.";
        Assert.Equal("2023", TimeTestText.Single(text, "2024-10-24", "a year earlier").Value);
    }

    [Theory]
    [InlineData("Officials said over the weekend that the talks had failed.", "2024-10-28", "the weekend", "2024-W43-WE")]
    [InlineData("Crowds are expected this weekend.", "2024-10-28", "this weekend", "2024-W44-WE")]
    [InlineData("Lawyers appealed Wednesday's ruling, they said.", "2024-10-25", "Wednesday", "2024-10-23")]
    [InlineData("The talks are set to resume Monday in Geneva.", "2024-10-25", "Monday", "2024-10-28")]
    [InlineData("The group could leave as soon as Tuesday.", "2024-10-28", "Tuesday", "2024-10-29")]
    [InlineData("The agency gave the family until 9 a.m. Tuesday to sign.", "2024-10-28", "9 a.m. Tuesday", "2024-10-29T09:00")]
    [InlineData("The talks were supposed to end by May, diplomats said.", "2024-03-22", "May", "2024-05")]
    [InlineData("Until Thursday, police had not named a suspect.", "2024-10-25", "Thursday", "2024-10-24")]
    public void Tense_cues_decide_the_side_of_the_document_date(string text, string dct, string span, string value)
        => Assert.Equal(value, TimeTestText.Single(text, dct, span).Value);

    [Fact]
    public void That_year_is_the_year_the_text_is_talking_about()
        => Assert.Equal("2019", TimeTestText.Single("The firm was founded in 2019, and that year it lost money.", "2024-10-24", "that year").Value);

    [Fact]
    public void An_age_is_no_duration()
        => Assert.Empty(TimeTestText.Times("Mr. Reed, 52 years old, will retire.", "2024-10-24"));
}
