namespace Claimline.Tests.Time;

/// <summary>Bare weekdays: the news convention reads them by the tense of the sentence around them.</summary>
public class WeekdayTenseTests
{
    // 2024-10-31 is a Thursday.
    [Theory]
    [InlineData("He said Thursday that the talks would go on.", "2024-10-31", "Thursday", "2024-10-31")]
    [InlineData("The minister resigned Monday after a vote.", "2024-10-31", "Monday", "2024-10-28")]
    [InlineData("She told reporters on Friday that she was tired.", "2024-10-31", "Friday", "2024-10-25")]
    [InlineData("The envoy will arrive Friday in Seoul.", "2024-10-31", "Friday", "2024-11-01")]
    [InlineData("The envoy will arrive Thursday in Seoul.", "2024-10-31", "Thursday", "2024-10-31")]
    [InlineData("Voting is expected to start Monday.", "2024-10-31", "Monday", "2024-11-04")]
    [InlineData("Rebels attacked the town last Thursday.", "2024-10-31", "last Thursday", "2024-10-24")]
    [InlineData("Leaders meet next Thursday in Rome.", "2024-10-31", "next Thursday", "2024-11-07")]
    public void Weekday_follows_the_tense_of_its_sentence(string text, string dct, string span, string value)
        => Assert.Equal(value, TimeTestText.Single(text, dct, span).Value);

    [Fact]
    public void Weekday_without_a_document_date_stays_a_weekday()
        => Assert.Equal("XXXX-WXX-3", TimeTestText.Single("Officials met Wednesday.", null, "Wednesday").Value);

    [Fact]
    public void Weekday_across_a_year_boundary_lands_in_the_previous_year()
        => Assert.Equal("2023-12-29", TimeTestText.Single("Prices jumped Friday, traders said.", "2024-01-02", "Friday").Value);
}
