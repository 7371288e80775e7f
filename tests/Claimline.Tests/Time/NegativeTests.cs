namespace Claimline.Tests.Time;

/// <summary>Words and numbers that look like time but are not (chrono's negative cases).</summary>
public class NegativeTests
{
    [Theory]
    [InlineData("The club has 2000 members.")]
    [InlineData("The index rose 1999 points.")]
    [InlineData("Inflation hit 1990 percent.")]
    [InlineData("Turnout was 12.53% in the north.")]
    [InlineData("The ticket costs $1995 at the door.")]
    [InlineData("They may march on the capital.")]
    [InlineData("A march through the city ended peacefully.")]
    [InlineData("May I ask a question?")]
    [InlineData("A quarter of the voters stayed home.")]
    [InlineData("She won a second term.")]
    [InlineData("The 8,000 troops are at the border.")]
    [InlineData("Prices fall when supply grows.")]
    [InlineData("The score was 3-1 at half time.")]
    public void Sentence_has_no_time_expression(string text)
    {
        var times = TimeTestText.Times(text, "2024-10-31");
        Assert.True(times.Count == 0, $"found {TimeTestText.Describe(text, times)}");
    }
}
