using Claimline.Claims;
using Claimline.Model;

namespace Claimline.Tests.Claims;

/// <summary>Which quantities make a claim (issue #16).</summary>
public class ClaimSalienceTests
{
    [Theory]
    [InlineData("The two leaders met in Geneva on Monday.", "two")]
    [InlineData("Officials from these three countries signed the pact.", "three")]
    [InlineData("The plant shut its two reactors after the quake.", "two")]
    public void A_small_count_after_a_definite_determiner_is_a_reference_not_a_claim(string text, string number)
    {
        var document = ClaimTestText.Analyze(text);
        var quantities = document.Get(Layers.Quantities);
        var at = text.IndexOf(number, StringComparison.Ordinal);
        Assert.Contains(quantities, q => q.Span.Start == at);
        Assert.DoesNotContain(document.Get(Layers.Claims), c => quantities[c.Quantity].Span.Start == at);
    }

    [Theory]
    [InlineData("Two soldiers were killed in the attack, the army said.", "Two")]
    [InlineData("The 12 survivors were flown to Nairobi.", "12")]
    [InlineData("The storm killed two people and destroyed 40 homes.", "two")]
    public void Other_counts_stay_claims(string text, string number) => ClaimTestText.On(text, number);
}
