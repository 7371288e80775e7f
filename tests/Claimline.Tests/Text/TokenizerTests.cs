using Claimline.Text;

namespace Claimline.Tests.Text;

public class TokenizerTests
{
    private static string[] Tokens(string text)
        => Tokenizer.English.Tokenize(text).Select(t => t.Span.Of(text)).ToArray();

    private static TokenKind[] Kinds(string text)
        => Tokenizer.English.Tokenize(text).Select(t => t.Kind).ToArray();

    [Theory]
    [InlineData("the U.S. Embassy", new[] { "the", "U.S.", "Embassy" })]
    [InlineData("a U.N. envoy", new[] { "a", "U.N.", "envoy" })]
    [InlineData("on Oct. 30, 2024", new[] { "on", "Oct.", "30", ",", "2024" })]
    [InlineData("Maj. Gen. Ada Obi", new[] { "Maj.", "Gen.", "Ada", "Obi" })]
    [InlineData("David Mercer Jr. said", new[] { "David", "Mercer", "Jr.", "said" })]
    [InlineData("Highway No. 2", new[] { "Highway", "No.", "2" })]
    [InlineData("John F. Kennedy", new[] { "John", "F.", "Kennedy" })]
    [InlineData("at 5 p.m. today", new[] { "at", "5", "p.m.", "today" })]
    public void Abbreviations_keep_their_period(string text, string[] expected)
        => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("It ended.", new[] { "It", "ended", "." })]
    [InlineData("the end.The", new[] { "the", "end", ".", "The" })]
    [InlineData("said no.", new[] { "said", "no", "." })]
    public void An_ordinary_word_leaves_its_full_stop(string text, string[] expected)
        => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("some 8,000 troops", new[] { "some", "8,000", "troops" })]
    [InlineData("1.5 million", new[] { "1.5", "million" })]
    [InlineData("an 11,000-strong force", new[] { "an", "11,000-strong", "force" })]
    [InlineData("the 12,000s and 1990s", new[] { "the", "12,000s", "and", "1990s" })]
    [InlineData("at 10:30 on 24/7", new[] { "at", "10:30", "on", "24/7" })]
    [InlineData("$4.2 billion", new[] { "$", "4.2", "billion" })]
    [InlineData("3.5% rise", new[] { "3.5", "%", "rise" })]
    [InlineData("1,2,3", new[] { "1", ",", "2", ",", "3" })]
    [InlineData("the ’90s", new[] { "the", "’90s" })]
    [InlineData("2,16,400 people", new[] { "2,16,400", "people" })]
    [InlineData("Rs 1,20,00,000", new[] { "Rs", "1,20,00,000" })]
    [InlineData("scores of 12,34 and 56", new[] { "scores", "of", "12", ",", "34", "and", "56" })]
    public void Numbers_stay_whole(string text, string[] expected)
        => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void A_hostile_chain_of_two_digit_groups_is_tokenized_in_bounded_time()
    {
        // Indian grouping reads at most five two-digit groups ahead, so a 300,000-character chain is linear.
        var text = "1" + string.Concat(Enumerable.Repeat(",11", 100_000)) + ",111 people";
        var tokens = Tokens(text);
        Assert.Equal("people", tokens[^1]);
        Assert.True(tokens.Length > 100_000);
    }

    [Theory]
    [InlineData("Kim Yong-hyun", new[] { "Kim", "Yong-hyun" })]
    [InlineData("the Asia-Pacific", new[] { "the", "Asia-Pacific" })]
    [InlineData("O'Neill and d'Ivoire", new[] { "O'Neill", "and", "d'Ivoire" })]
    public void Names_keep_hyphens_and_inner_apostrophes(string text, string[] expected)
        => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("Ukraine’s border", new[] { "Ukraine", "’s", "border" })]
    [InlineData("Ukraine's border", new[] { "Ukraine", "'s", "border" })]
    [InlineData("We’ve seen", new[] { "We", "’ve", "seen" })]
    [InlineData("they’re here", new[] { "they", "’re", "here" })]
    [InlineData("don't go", new[] { "do", "n't", "go" })]
    [InlineData("It’ll rain", new[] { "It", "’ll", "rain" })]
    public void Clitics_split_penn_treebank_style(string text, string[] expected)
    {
        Assert.Equal(expected, Tokens(text));
        Assert.Equal(TokenKind.Clitic, Kinds(text)[1]);
    }

    [Fact]
    public void Quotes_dashes_and_brackets_are_tokens_of_their_own()
    {
        var text = "“Stop,” he said — (briefly) — \"now\" 'ok' -- done";
        Assert.Equal(
            ["“", "Stop", ",", "”", "he", "said", "—", "(", "briefly", ")", "—", "\"", "now", "\"", "'", "ok", "'", "--", "done"],
            Tokens(text));
        var kinds = Kinds(text);
        Assert.Equal(TokenKind.Quote, kinds[0]);
        Assert.Equal(TokenKind.Dash, kinds[6]);
        Assert.Equal(TokenKind.Punctuation, kinds[7]);
        Assert.Equal(TokenKind.Dash, kinds[17]);
    }

    [Fact]
    public void Terminal_punctuation_runs_are_one_token()
    {
        Assert.Equal(["Why", "?!", "Wait", "..."], Tokens("Why?! Wait..."));
        Assert.Equal(TokenKind.Terminal, Kinds("Why?!")[1]);
    }

    [Fact]
    public void Urls_are_kept_whole_without_trailing_punctuation()
    {
        Assert.Equal(["See", "https://example.com/a?b=c", "."], Tokens("See https://example.com/a?b=c."));
        Assert.Equal(TokenKind.Url, Kinds("www.example.org")[0]);
    }

    [Fact]
    public void Token_kinds_separate_words_from_numbers()
        => Assert.Equal([TokenKind.Word, TokenKind.Number, TokenKind.Symbol], Kinds("troops 8,000 %"));

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        var text = "  Seoul\tsaid\n\n11,000.";
        var tokens = Tokenizer.English.Tokenize(text);
        Assert.Equal([(2, 7), (8, 12), (14, 20), (20, 21)], tokens.Select(t => (t.Span.Start, t.Span.End)));
    }

    [Fact]
    public void Emoji_surrogate_pairs_are_never_split()
    {
        var text = "ok 👍 fine";
        var tokens = Tokenizer.English.Tokenize(text);
        Assert.Contains(tokens, t => t.Span.Of(text) == "👍");
    }
}
