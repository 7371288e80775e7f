using System.Text;
using System.Text.Unicode;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Tests.Reading;
using Claimline.Text;

namespace Claimline.Tests.Properties;

/// <summary>
/// Input built to hurt: binary files, tens of megabytes without a break, deep nesting, long runs of one mark. Each
/// must finish within <see cref="s_limit"/> (a hang guard) with a result or a clear <see cref="InputException"/>.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;

    // A guard against runaway (quadratic) work, not a speed check: the 50 MB inputs take about 12 s on a 2-core CI
    // machine when it is quiet, and a quadratic step would take hours. Speed is measured by `claimline bench`.
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(90);

    private static readonly AnnotationPipeline s_pipeline = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true });
    private static readonly AnnotationPipeline s_untilSentences = StandardPipeline.CreateUntil("sentences", new PipelineOptions { ValidateLayers = true });

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Random_binary_file_is_an_input_error_with_a_byte_offset()
    {
        var bytes = new byte[1024 * 1024];
        new Random(42).NextBytes(bytes);
        var path = _temp.Write("noise.txt", bytes);

        var results = await Within(() => new DocumentReader().Read(path).ToArray());

        var error = Assert.Single(results).Error;
        Assert.NotNull(error);
        Assert.Equal(path, error.Origin);
        Assert.NotNull(error.ByteOffset);
        var offset = (int)error.ByteOffset.Value;
        Assert.InRange(offset, 0, bytes.Length - 1);
        Assert.Contains($"byte offset {offset}", error.Message);
        if (error.Problem.Contains("NUL", StringComparison.Ordinal))
        {
            Assert.Equal(bytes.AsSpan().IndexOf((byte)0), offset);
        }
        else
        {
            Assert.True(Utf8.IsValid(bytes.AsSpan(0, offset)), "the bytes before the reported offset should be valid UTF-8");
            Assert.False(Utf8.IsValid(bytes.AsSpan(0, Math.Min(bytes.Length, offset + 4))));
        }
    }

    [Fact]
    public async Task Random_binary_json_lines_file_gives_an_error_per_line_and_no_documents()
    {
        var bytes = new byte[1024 * 1024];
        new Random(42).NextBytes(bytes);
        var path = _temp.Write("noise.jsonl", bytes);
        var lines = bytes.Count(b => b == (byte)'\n') + 1;

        var results = await Within(() => new DocumentReader().Read(path).ToArray());

        Assert.NotEmpty(results);
        Assert.InRange(results.Length, 1, lines);
        Assert.All(results, r =>
        {
            Assert.Null(r.Document);
            Assert.Contains("noise.jsonl:", r.Error!.Origin);
        });
    }

    [Fact]
    public async Task Fifty_megabytes_of_words_without_punctuation_are_cut_into_sentences_of_at_most_MaxTokens()
    {
        var builder = new StringBuilder(FiftyMegabytes);
        while (builder.Length + 5 <= FiftyMegabytes)
        {
            builder.Append("word ");
        }

        var text = builder.ToString();
        var wordCount = text.Length / 5;

        // Up to the sentence stage only: ten million tokens through the tagger and parser as well would make this a test
        // of their speed (it is not: docs/benchmarks.md); the whole pipeline gets a slice of the same text below.
        var document = await Within(() => s_untilSentences.Run(DocumentReader.FromText(text, "words")));

        var tokens = document.Get(Layers.Tokens);
        var sentences = document.Get(Layers.Sentences);
        Assert.Equal(wordCount, tokens.Count);
        Assert.Equal((wordCount + SentenceSplitter.MaxTokens - 1) / SentenceSplitter.MaxTokens, sentences.Count);
        Assert.All(sentences.AsSpan().ToArray(), s => Assert.InRange(s.TokenCount, 1, SentenceSplitter.MaxTokens));
        Assert.Equal(SentenceSplitter.MaxTokens, sentences[0].TokenCount);
        Assert.Equal(new TextSpan(0, (SentenceSplitter.MaxTokens * 5) - 1), sentences[0].Span);
    }

    [Fact]
    public async Task A_megabyte_of_words_without_punctuation_goes_through_every_stage_in_bounded_sentences()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 1024 * 1024 / 5));

        var document = await Within(() => s_pipeline.Run(DocumentReader.FromText(text, "words")));

        var sentences = document.Get(Layers.Sentences);
        Assert.All(sentences.AsSpan().ToArray(), s => Assert.InRange(s.TokenCount, 1, SentenceSplitter.MaxTokens));
        Assert.Equal(sentences.Count, document.Get(Layers.Syntax).Count);
        Assert.All(document.Get(Layers.Syntax).AsSpan().ToArray(), t => Assert.True(Claimline.Syntax.DependencyTree.IsTree(t.Heads)));
    }

    [Fact]
    public async Task Fifty_megabytes_of_one_repeated_letter_are_one_token()
    {
        var text = new string('a', FiftyMegabytes);

        var document = await Within(() => s_pipeline.Run(DocumentReader.FromText(text, "one-token")));

        var token = Assert.Single(document.Get(Layers.Tokens));
        Assert.Equal(new TextSpan(0, text.Length), token.Span);
        Assert.Equal(TokenKind.Word, token.Kind);
        var sentence = Assert.Single(document.Get(Layers.Sentences));
        Assert.Equal(new Sentence(new TextSpan(0, text.Length), 0, 1), sentence);
    }

    [Fact]
    public async Task Deeply_nested_quotes_and_parentheses_finish()
    {
        const int Depth = 100_000;
        var text = string.Concat(Enumerable.Repeat("“(", Depth)) + "deep" + string.Concat(Enumerable.Repeat(")”", Depth));

        var document = await Within(() => s_pipeline.Run(DocumentReader.FromText(text, "nested")));

        var tokens = document.Get(Layers.Tokens);
        Assert.Equal((4 * Depth) + 1, tokens.Count);
        Assert.Equal(TokenKind.Quote, tokens[0].Kind);
        Assert.Equal(TokenKind.Punctuation, tokens[1].Kind);
        Assert.All(document.Get(Layers.Sentences).AsSpan().ToArray(), s => Assert.InRange(s.TokenCount, 1, SentenceSplitter.MaxTokens));
    }

    [Fact]
    public async Task Deeply_nested_parentheses_ending_a_paragraph_finish()
    {
        // Ends with ')' so the photo credit finder looks at the last parentheses.
        const int Depth = 100_000;
        var text = new string('(', Depth) + "AP Photo/Jane Doe" + new string(')', Depth);

        var document = await Within(() => s_pipeline.Run(DocumentReader.FromText(text, "parens")));

        Assert.Equal((2 * Depth) + 5, document.Get(Layers.Tokens).Count);
    }

    [Theory]
    [InlineData('.', TokenKind.Terminal)]
    [InlineData('-', TokenKind.Dash)]
    [InlineData('!', TokenKind.Terminal)]
    public async Task A_million_of_one_mark_is_one_token(char mark, TokenKind kind)
    {
        var text = new string(mark, 1_000_000);

        var document = await Within(() => s_pipeline.Run(DocumentReader.FromText(text, "marks")));

        var token = Assert.Single(document.Get(Layers.Tokens));
        Assert.Equal(new TextSpan(0, text.Length), token.Span);
        Assert.Equal(kind, token.Kind);
    }

    [Fact]
    public async Task A_million_apostrophes_finish_as_pairs_of_quotes()
    {
        var text = new string('\'', 1_000_000);

        var document = await Within(() => s_pipeline.Run(DocumentReader.FromText(text, "apostrophes")));

        var tokens = document.Get(Layers.Tokens);
        Assert.Equal(500_000, tokens.Count);
        Assert.All(tokens.AsSpan().ToArray(), t => Assert.Equal(TokenKind.Quote, t.Kind));
    }

    [Fact]
    public async Task A_million_curly_apostrophes_finish()
    {
        var text = new string('’', 1_000_000);

        var document = await Within(() => s_pipeline.Run(DocumentReader.FromText(text, "curly")));

        Assert.Equal(1_000_000, document.Get(Layers.Tokens).Count);
    }

    [Fact]
    public async Task Two_hundred_thousand_acronyms_run_together_finish()
    {
        var text = string.Concat(Enumerable.Repeat("U.S.", 200_000));

        var document = await Within(() => s_pipeline.Run(DocumentReader.FromText(text, "acronyms")));

        var tokens = document.Get(Layers.Tokens);
        Assert.Equal(text.Length, tokens.Sum(t => t.Span.Length));
    }

    [Fact]
    public async Task Two_hundred_thousand_spaced_acronyms_are_capped_sentences()
    {
        var text = string.Concat(Enumerable.Repeat("U.S. ", 200_000));

        var document = await Within(() => s_pipeline.Run(DocumentReader.FromText(text, "spaced-acronyms")));

        Assert.Equal(200_000, document.Get(Layers.Tokens).Count);
        var sentences = document.Get(Layers.Sentences);
        Assert.All(sentences.AsSpan().ToArray(), s => Assert.InRange(s.TokenCount, 1, SentenceSplitter.MaxTokens));
        Assert.Equal(200_000, sentences.Sum(s => s.TokenCount));
    }

    [Fact]
    public async Task Many_short_lines_finish()
    {
        var text = string.Concat(Enumerable.Repeat("A line.\n", 500_000));

        var document = await Within(() => s_pipeline.Run(DocumentReader.FromText(text, "lines")));

        Assert.Equal(500_000, document.Get(Layers.Paragraphs).Count);
        Assert.Equal(500_000, document.Get(Layers.Sentences).Count);
    }

    [Fact]
    public async Task Closing_quotes_after_a_full_stop_cannot_stretch_a_sentence_past_MaxTokens()
    {
        var text = "Word." + new string('”', 100_000) + " then more.";

        var document = await Within(() => s_pipeline.Run(DocumentReader.FromText(text, "closers")));

        Assert.All(document.Get(Layers.Sentences).AsSpan().ToArray(), s => Assert.InRange(s.TokenCount, 1, SentenceSplitter.MaxTokens));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData("\t \r\n \u00A0 \u2029 \u3000\n")]
    public void Empty_or_white_space_document_has_no_tokens_and_no_sentences(string text)
    {
        var document = s_pipeline.Run(DocumentReader.FromText(text, "blank"));

        Assert.Empty(document.Get(Layers.Tokens));
        Assert.Empty(document.Get(Layers.Sentences));
        Assert.Empty(document.Get(Layers.Paragraphs));
        Assert.Empty(document.Get(Layers.Datelines));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\t \r\n \u00A0 \u2029 \u3000\n")]
    public void Empty_or_white_space_file_is_reported_as_an_empty_document_not_read(string text)
    {
        // Issue #21: nothing to analyze is an input error (reported, never stored), like any unreadable input.
        var path = _temp.Write("empty.txt", text);

        var result = Assert.Single(new DocumentReader().Read(path));

        Assert.Null(result.Document);
        Assert.StartsWith("empty document", result.Error!.Problem, StringComparison.Ordinal);
    }

    private static async Task<T> Within<T>(Func<T> work)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var task = Task.Run(work, cancellation);
        var result = await task.WaitAsync(s_limit, cancellation);
        Assert.True(task.IsCompletedSuccessfully);
        return result;
    }
}
