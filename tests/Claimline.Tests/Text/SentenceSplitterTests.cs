using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Text;

namespace Claimline.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var document = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true })
            .Run(DocumentReader.FromText(text, "test"));
        return document.Get(Layers.Sentences).Select(s => s.Span.Of(text)).ToArray();
    }

    [Fact]
    public void Splits_at_full_stops_before_capitals()
        => Assert.Equal(["The rain stopped.", "Crews went home."], Sentences("The rain stopped. Crews went home."));

    [Fact]
    public void Sentence_ends_inside_closing_quote()
        => Assert.Equal(
            ["“We will rebuild,” she said.", "“It will take years.”", "He agreed."],
            Sentences("“We will rebuild,” she said. “It will take years.” He agreed."));

    [Fact]
    public void Question_inside_quote_followed_by_lower_case_attribution_stays_one_sentence()
        => Assert.Equal(["“Why now?” he asked.", "Nobody answered."], Sentences("“Why now?” he asked. Nobody answered."));

    [Fact]
    public void Acronym_ending_a_sentence_before_a_sentence_starter_splits()
        => Assert.Equal(
            ["Exports fell to the U.S.", "Some analysts disagreed."],
            Sentences("Exports fell to the U.S. Some analysts disagreed."));

    [Fact]
    public void Acronym_before_a_name_does_not_split()
        => Assert.Equal(["The U.S. Embassy in Dhaka stayed open."], Sentences("The U.S. Embassy in Dhaka stayed open."));

    [Theory]
    [InlineData("Gen. Tariq Mahmud said so.")]
    [InlineData("It began Oct. 30 in the north.")]
    [InlineData("Dr. Farah Chowdhury arrived.")]
    [InlineData("Mercer Jr. said it was over.")]
    [InlineData("It is at No. 2 on the list.")]
    [InlineData("John F. Kennedy Airport reopened.")]
    public void Titles_months_and_initials_do_not_end_sentences(string text)
        => Assert.Single(Sentences(text));

    [Fact]
    public void Sentences_do_not_cross_paragraphs()
        => Assert.Equal(["Headline without a stop", "The story begins."], Sentences("Headline without a stop\n\nThe story begins."));

    [Fact]
    public void Hard_wrapped_lines_inside_a_paragraph_join()
        => Assert.Equal(
            ["The minister said the talks\nwould resume on Monday.", "Others doubted it.", "Next paragraph."],
            Sentences("The minister said the talks\nwould resume on Monday. Others doubted it.\n\nNext paragraph."));

    [Fact]
    public void Without_blank_lines_each_line_is_a_paragraph()
        => Assert.Equal(["Headline one", "Body line two"], Sentences("Headline one\nBody line two"));

    [Fact]
    public void Sentence_token_ranges_match_their_spans()
    {
        var text = "One two. Three “four.” Five (six). Seven!";
        var document = StandardPipeline.Create().Run(DocumentReader.FromText(text, "t"));
        var tokens = document.Get(Layers.Tokens);
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            Assert.Equal(sentence.Span.Start, tokens[sentence.FirstToken].Span.Start);
            Assert.Equal(sentence.Span.End, tokens[sentence.FirstToken + sentence.TokenCount - 1].Span.End);
        }

        Assert.Equal(4, document.Get(Layers.Sentences).Count);
    }

    [Fact]
    public void Runaway_sentence_is_cut_at_the_token_limit()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", (SentenceSplitter.MaxTokens * 2) + 10));
        var sentences = StandardPipeline.Create().Run(DocumentReader.FromText(text, "t")).Get(Layers.Sentences);
        Assert.Equal(3, sentences.Count);
        Assert.All(sentences, s => Assert.True(s.TokenCount <= SentenceSplitter.MaxTokens));
    }
}
