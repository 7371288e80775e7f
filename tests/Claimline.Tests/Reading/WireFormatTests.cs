using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Structure;
using Claimline.Text;

namespace Claimline.Tests.Reading;

public sealed class WireFormatTests
{
    private const string Caption = "Volunteers stack sandbags along the river bank (AP Photo/Jane Doe)";
    private const string Body = "RIVERTON (AP) — Crews worked through the night. The water crested on Thursday.";

    [Fact]
    public void Header_line_gives_the_publication_date_and_the_header_span()
    {
        var text = $"date 2024-10-31 {Caption}\n\n{Body}";

        var document = DocumentReader.FromText(text, "wire-1");

        Assert.Equal(text, document.Text);
        Assert.Equal(new DateOnly(2024, 10, 31), document.Meta.Published);
        Assert.Equal(new TextSpan(0, 15), document.Meta.Header);
        Assert.Equal("date 2024-10-31", document.Meta.Header!.Value.Of(text));
        Assert.Equal("wire-1", document.Meta.Id);
        Assert.Equal("wire-1", document.Meta.Origin);
    }

    [Fact]
    public void Leading_white_space_and_newlines_before_the_header_shift_its_span()
    {
        const string Prefix = "\n\r\n  \t";
        var text = $"{Prefix}date 2024-10-31\n{Body}";

        var document = DocumentReader.FromText(text, "wire-2");

        Assert.Equal(text, document.Text);
        Assert.Equal(new TextSpan(Prefix.Length, Prefix.Length + 15), document.Meta.Header);
        Assert.Equal("date 2024-10-31", document.Meta.Header!.Value.Of(text));
        Assert.Equal(new DateOnly(2024, 10, 31), document.Meta.Published);
    }

    [Fact]
    public void Header_alone_with_nothing_after_it_is_wire()
    {
        var document = DocumentReader.FromText("date 2024-02-29", "leap");

        Assert.Equal(new DateOnly(2024, 2, 29), document.Meta.Published);
        Assert.Equal(new TextSpan(0, 15), document.Meta.Header);
    }

    [Fact]
    public void Header_date_wins_over_a_date_passed_by_the_caller()
    {
        var document = DocumentReader.FromText($"date 2024-10-31\n{Body}", "wire-3", published: new DateOnly(2020, 1, 1));

        Assert.Equal(new DateOnly(2024, 10, 31), document.Meta.Published);
    }

    [Theory]
    [InlineData("date 2024-13-45 Caption", "2024-13-45")]
    [InlineData("date 2023-02-29\nBody text.", "2023-02-29")]
    [InlineData("  date 0000-01-01", "0000-01-01")]
    public void Impossible_header_date_is_an_input_error_naming_the_date(string text, string date)
    {
        var error = Assert.Throws<InputException>(() => DocumentReader.FromText(text, "bad-date", origin: "feeds/bad-date.wire"));

        Assert.Contains(date, error.Message);
        Assert.Equal("feeds/bad-date.wire", error.Origin);
        Assert.Contains("feeds/bad-date.wire", error.Message);
    }

    [Theory]
    [InlineData("dated 2024-10-31 Caption text")]
    [InlineData("date 2024-10-3 Caption text")]
    [InlineData("date 2024-10-3")]
    [InlineData("date 2024-10-311 Caption text")]
    [InlineData("date 2024-10-31x Caption text")]
    [InlineData("date 2024/10/31 Caption text")]
    [InlineData("Date 2024-10-31 Caption text")]
    [InlineData("date  2024-10-31 Caption text")]
    [InlineData("The date 2024-10-31 was set for the vote.")]
    [InlineData("date")]
    [InlineData("")]
    public void Text_without_an_exact_header_is_plain(string text)
    {
        var document = DocumentReader.FromText(text, "plain", published: new DateOnly(2023, 5, 6));

        Assert.False(WireFormat.Detect(text));
        Assert.Null(document.Meta.Header);
        Assert.Equal(new DateOnly(2023, 5, 6), document.Meta.Published);
        Assert.Equal(text, document.Text);
    }

    [Fact]
    public void Reading_plain_text_as_wire_is_an_input_error()
    {
        var error = Assert.Throws<InputException>(() => WireFormat.Read("Just a story.", "x", "story.txt"));

        Assert.Equal("story.txt", error.Origin);
        Assert.Contains("date YYYY-MM-DD", error.Message);
    }

    [Fact]
    public void Header_is_a_header_section_and_the_rest_of_its_line_a_caption_left_out_of_sentences()
    {
        var text = $"date 2024-10-31 {Caption}\n\n{Body}";
        var document = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true })
            .Run(DocumentReader.FromText(text, "wire-4"));

        var sections = document.Get(Layers.Sections);
        Assert.Contains(sections, s => s.Kind == SectionKind.Header && s.Span == new TextSpan(0, 15));
        Assert.Contains(sections, s => s.Kind == SectionKind.Caption && s.Span.Of(text) == Caption);
        Assert.Contains(sections, s => s.Kind == SectionKind.PhotoCredit && s.Span.Of(text) == "AP Photo/Jane Doe");

        var sentences = document.Get(Layers.Sentences).Select(s => s.Span.Of(text)).ToArray();
        Assert.DoesNotContain(sentences, s => s.Contains("date 2024-10-31", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("AP Photo", StringComparison.Ordinal));
        Assert.Contains("Crews worked through the night.", sentences);
        Assert.Contains("The water crested on Thursday.", sentences);
    }
}
