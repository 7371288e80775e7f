using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Text;

namespace Claimline.Tests.Properties;

/// <summary>
/// One long document of ordinary news text, as paragraphs and as one single line: every stage must finish within a
/// generous limit (a hang guard against work that grows with the square of the document, not a speed check: speed is
/// measured by <c>claimline bench --scaling</c>), and what is found sentence by sentence must be found in every copy.
/// </summary>
public sealed class LongDocumentTests
{
    // About 1.5 MB of text; a quadratic step made 8 MB of news take 90 s in Release, this takes seconds.
    private const int Copies = 2_000;

    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(120);

    private static readonly AnnotationPipeline s_pipeline = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true });

    // Invented for this test.
    private const string Story =
        "LAGOS, Nigeria (AP) — The fisheries ministry said on Tuesday that 1,200 boats had been registered since March, up from 950 a year earlier.\n\n"
        + "“We expect the number to keep rising,” said Amina Okafor, the deputy minister. She said about 40 percent of the new boats were owned by cooperatives.\n\n"
        + "The Coastal Workers Union put the figure at 1,500. “The ministry counts too slowly,” its chairman, Tunde Bello, told reporters on Wednesday.\n\n"
        + "Ghana's government estimated that 300 of its fishermen worked in Nigerian waters, according to a statement.";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_copy_of_a_story_in_one_long_document_keeps_its_quotes_quantities_and_claims(bool oneLine)
    {
        var story = oneLine ? OneLine(Story) : Story;
        var single = s_pipeline.Run(DocumentReader.FromText(story, "one"));
        var text = string.Join(oneLine ? " " : "\n\n", Enumerable.Repeat(story, Copies));

        var document = await Within(() => s_pipeline.Run(DocumentReader.FromText(text, "long")));

        Assert.NotEmpty(single.Get(Layers.Quantities));
        Assert.NotEmpty(single.Get(Layers.Quotes));
        Assert.Equal(Copies * single.Get(Layers.Quantities).Count, document.Get(Layers.Quantities).Count);
        Assert.Equal(Copies * single.Get(Layers.Claims).Count, document.Get(Layers.Claims).Count);
        Assert.Equal(Copies * single.Get(Layers.Quotes).Count, document.Get(Layers.Quotes).Count);

        // The last copy's quotes have the speakers the single story's have: the lookups see as far as they did.
        var last = document.Get(Layers.Quotes).TakeLast(single.Get(Layers.Quotes).Count);
        Assert.Equal(single.Get(Layers.Quotes).Select(q => q.SpeakerCanonical), last.Select(q => q.SpeakerCanonical));
        Assert.All(document.Get(Layers.Sentences).AsSpan().ToArray(), s => Assert.InRange(s.TokenCount, 1, SentenceSplitter.MaxTokens));
    }

    [Fact]
    public async Task Fifty_thousand_words_of_news_without_punctuation_are_cut_into_bounded_sentences_and_analyzed()
    {
        // Names, numbers, cue verbs and dates, but no full stop for 50,000 words: the sentence splitter's cap is what
        // bounds the work of every stage after it (the tagger, quotes, quantities, and later a parser).
        const string Words = "officials in Lagos said 40 boats were seized on Tuesday Amina Okafor told reporters the union disputed it";
        var copies = 50_000 / Words.Split(' ').Length;
        var text = string.Join(' ', Enumerable.Repeat(Words, copies));

        var document = await Within(() => s_pipeline.Run(DocumentReader.FromText(text, "unpunctuated")));

        var sentences = document.Get(Layers.Sentences);
        Assert.All(sentences.AsSpan().ToArray(), s => Assert.InRange(s.TokenCount, 1, SentenceSplitter.MaxTokens));
        Assert.Equal(document.Get(Layers.Tokens).Count, sentences.Sum(s => s.TokenCount));
        Assert.Equal((document.Get(Layers.Tokens).Count + SentenceSplitter.MaxTokens - 1) / SentenceSplitter.MaxTokens, sentences.Count);
        Assert.Equal(copies, document.Get(Layers.Quantities).Count(q => q.Span.Of(text) == "40"));
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static async Task<T> Within<T>(Func<T> work)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var task = Task.Run(work, cancellation);
        var result = await task.WaitAsync(s_limit, cancellation);
        Assert.True(task.IsCompletedSuccessfully);
        return result;
    }
}
