using Claimline.Model;
using Claimline.Quotes;
using Claimline.Quotes.Evaluation;

namespace Claimline.Tests.Quotes;

/// <summary>How <see cref="QuoteScorer"/> matches system quotes to gold attributions and what each figure counts.</summary>
public class QuoteScorerTests
{
    // "Thomas Reyes, a union leader, said talks failed. He said that a strike was likely."
    private const string Text = "Thomas Reyes, a union leader, said talks failed. He said that a strike was likely.";

    private static readonly GoldAttribution s_first = new([Span("talks failed")], [Span("said")], [Span("Thomas Reyes, a union leader,")]);

    private static readonly GoldAttribution s_second = new([Span("that a strike was likely")], [Span("said", 1)], [Span("He")]);

    [Fact]
    public void A_pronoun_source_is_resolved_when_the_name_heading_the_previous_source_matches_not_its_apposition()
    {
        var scorer = new QuoteScorer();

        scorer.Add("a", Text, [s_first, s_second], [System("talks failed", "Thomas Reyes"), System("a strike was likely", "He", resolved: "Thomas Reyes")]);

        Assert.Equal(1, scorer.Resolved.TruePositives);
        Assert.Equal(1, scorer.Resolved.GoldCount);
        Assert.Equal(2, scorer.Source.TruePositives);
    }

    [Fact]
    public void Content_matches_one_to_one_by_overlap_and_is_exact_without_a_leading_that()
    {
        var scorer = new QuoteScorer();

        scorer.Add("a", Text, [s_first, s_second], [System("a strike was likely", "He"), System("strike", "He")]);

        Assert.Equal(1, scorer.ContentOverlap.TruePositives);
        Assert.Equal(2, scorer.ContentOverlap.SystemCount);
        Assert.Equal(1, scorer.ContentExact.TruePositives);
        Assert.Single(scorer.Errors, e => e.Kind == "missed" && e.Content == "talks failed");
    }

    [Theory]
    [InlineData("the senator", true)]
    [InlineData("The Florida governor", true)]
    [InlineData("the union", false)]
    [InlineData("Thomas Reyes", false)]
    [InlineData("the mayor, a former judge,", false)]
    public void A_role_noun_source_is_the_and_a_role_head(string source, bool isRole)
        => Assert.Equal(isRole, QuoteScorer.IsRoleNoun(source));

    [Theory]
    [InlineData("Thomas Reyes, a union leader,", "Thomas Reyes")]
    [InlineData("Sen. Ana Kovac (D-Ore.)", "Sen. Ana Kovac")]
    [InlineData("Kovac’s", "Kovac")]
    [InlineData("The union", "The union")]
    public void The_name_head_of_a_gold_source_leaves_out_appositions_brackets_and_possessives(string source, string head)
        => Assert.Equal(head, QuoteScorer.NameHead(source));

    private static TextSpan Span(string part, int occurrence = 0)
    {
        var start = -1;
        for (var k = 0; k <= occurrence; k++)
        {
            start = Text.IndexOf(part, start + 1, StringComparison.Ordinal);
        }

        return new TextSpan(start, start + part.Length);
    }

    private static Quote System(string content, string speaker, string? resolved = null)
    {
        var contentSpan = Span(content);
        var speakerSpan = speaker == "He" ? Span("He") : Span(speaker);
        return new Quote(
            contentSpan, QuoteKind.Indirect, [contentSpan], null, null, speakerSpan, speaker, null,
            Resolved: null, ResolvedText: resolved, Confidence: 1, Sieve: "test", Date: null);
    }
}
