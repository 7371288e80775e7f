namespace Claimline.Tests.Time;

/// <summary>One case per family of expressions: type, value and mod.</summary>
public class ExpressionFamilyTests
{
    [Theory]
    [InlineData("Talks opened Wednesday, Oct. 30, 2024 in Washington.", "Wednesday, Oct. 30, 2024", "DATE", "2024-10-30", null)]
    [InlineData("Unemployment peaked in the 1990s.", "the 1990s", "DATE", "199", null)]
    [InlineData("Talks will resume in mid-November.", "mid-November", "DATE", "2024-11", "MID")]
    [InlineData("Growth was strong in the early 1980s.", "the early 1980s", "DATE", "198", "START")]
    [InlineData("Shares fell in the past 24 hours.", "the past 24 hours", "DURATION", "PT24H", null)]
    [InlineData("Prices have risen since August.", "August", "DATE", "2024-08", null)]
    [InlineData("The council meets every Monday.", "every Monday", "SET", "XXXX-WXX-1", null)]
    [InlineData("It was the first launch in almost a year.", "almost a year", "DURATION", "P1Y", "LESS_THAN")]
    [InlineData("The siege lasted more than two years.", "more than two years", "DURATION", "P2Y", "MORE_THAN")]
    [InlineData("Troops may move in the coming days, he said.", "in the coming days", "DATE", "FUTURE_REF", null)]
    [InlineData("The market is calm now.", "now", "DATE", "PRESENT_REF", null)]
    [InlineData("The firm recently cut jobs.", "recently", "DATE", "PAST_REF", null)]
    [InlineData("The blast came at 10:35 a.m. on the square.", "10:35 a.m.", "TIME", "2024-10-31T10:35", null)]
    [InlineData("The strike lasted twenty-four days.", "twenty-four days", "DURATION", "P24D", null)]
    [InlineData("Sales rose 5% in the third quarter.", "the third quarter", "DATE", "2024-Q3", null)]
    [InlineData("The treaty dates from the 18th century.", "the 18th century", "DATE", "17", null)]
    [InlineData("Cars are checked every two years.", "every two years", "SET", "P2Y", null)]
    public void Expression_gets_its_type_value_and_mod(string text, string span, string type, string value, string? mod)
    {
        var expression = TimeTestText.Single(text, "2024-10-31", span);
        Assert.Equal((type, value, mod), (expression.Type, expression.Value, expression.Mod));
    }

    [Fact]
    public void Every_expression_records_the_rule_that_found_it()
    {
        var times = TimeTestText.Times("Prices fell last week and rose on Monday.", "2024-10-31");
        Assert.Equal(["ref.shift-unit", "date.weekday"], times.Select(t => t.Rule));
    }
}
