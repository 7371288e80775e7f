using Claimline.Quotes;

using static Claimline.Tests.Quotes.QuoteTestText;

namespace Claimline.Tests.Quotes;

/// <summary>
/// Quotation marks that do not behave: a quote left open at the end of the article, quotes in headlines, straight marks
/// used as inch signs, apostrophes that look like closing marks.
/// </summary>
public class QuoteHostileInputTests
{
    [Fact]
    public void A_quote_left_open_at_the_end_of_the_article_runs_to_the_end_and_keeps_its_speaker()
    {
        const string Text = "The harbor reopened on Monday.\n\nKovac told reporters: “We will rebuild every pier, and the boats will come back";

        var quote = Assert.Single(QuotesOf(Text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(Text.Length, quote.Span.End);
        Assert.StartsWith("“We will rebuild", quote.Content[0].Of(Text), StringComparison.Ordinal);
        Assert.Equal("Kovac", quote.SpeakerText);
    }

    [Fact]
    public void A_headline_quote_in_single_marks_is_direct_and_the_story_below_keeps_its_own_quotes()
    {
        const string Text = "Mayor says ‘harbor will reopen by May’\n\nBELMORA — The mayor of Belmora, Ana Kovac, said on Monday that the harbor "
            + "would reopen by May.\n\n“Every pier will be rebuilt,” Kovac said.";

        var quotes = QuotesOf(Text);

        var headline = Assert.Single(quotes, q => q.Span.End <= Text.IndexOf('\n', StringComparison.Ordinal));
        Assert.Equal(QuoteKind.Direct, headline.Kind);
        Assert.Equal("‘harbor will reopen by May’", headline.Content[0].Of(Text));
        Assert.Contains(quotes, q => q.Content[0].Of(Text) == "“Every pier will be rebuilt,”" && q.SpeakerText == "Kovac");
    }

    [Fact]
    public void Straight_marks_glued_to_numbers_are_inch_signs_not_a_quote()
    {
        const string Text = "The storm dropped 4\" of rain on Belmora, and a 12\" water main burst under the market.\n\n"
            + "\"We were ready for it,\" Thomas Reyes, the city engineer, said on Tuesday.";

        var quote = Assert.Single(QuotesOf(Text));

        Assert.Equal("\"We were ready for it,\"", quote.Content[0].Of(Text));
        Assert.Equal("Thomas Reyes", quote.SpeakerCanonical);
    }

    [Theory]
    [InlineData("The workers’ union and the mayor’s office met on Monday to talk about the piers.")]
    [InlineData("Prices have not been this high since the ’90s, when the port last closed for a winter.")]
    public void Apostrophes_that_look_like_closing_marks_make_no_quote(string text)
        => Assert.Empty(QuotesOf(text));

}
