using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Structure;

namespace Claimline.Tests.Structure;

public class StructureAnnotatorTests
{
    private static Document Analyze(string text)
        => StandardPipeline.Create(new PipelineOptions { ValidateLayers = true }).Run(DocumentReader.FromText(text, "test"));

    private static string[] Of(Document document, SectionKind kind)
        => document.Get(Layers.Sections).Where(s => s.Kind == kind).Select(s => s.Span.Of(document.Text)).ToArray();

    [Fact]
    public void Wire_header_line_gives_header_caption_and_credit()
    {
        var document = Analyze("date 2025-01-02 Ministers shake hands in Rome. (AP Photo/Jane Doe)\n\nROME (AP) — The talks began on Thursday.");
        Assert.Equal(["date 2025-01-02"], Of(document, SectionKind.Header));
        Assert.Equal(["Ministers shake hands in Rome. (AP Photo/Jane Doe)"], Of(document, SectionKind.Caption));
        Assert.Equal(["AP Photo/Jane Doe"], Of(document, SectionKind.PhotoCredit));
        Assert.Equal(["ROME (AP) — The talks began on Thursday."], Of(document, SectionKind.Story));
        Assert.Equal(new DateOnly(2025, 1, 2), document.Meta.Published);
    }

    [Fact]
    public void Text_after_the_wire_date_is_a_caption_even_without_credit()
    {
        var document = Analyze("date 2025-01-02 Ministers meet in Rome\n\nROME (AP) — Talks began.");
        Assert.Equal(["Ministers meet in Rome"], Of(document, SectionKind.Caption));
        Assert.Empty(Of(document, SectionKind.PhotoCredit));
    }

    [Fact]
    public void A_place_and_colon_at_the_top_is_a_dateline_but_further_down_a_transcript_speaker()
    {
        var document = Analyze("LAHORE: Rain flooded the old city on Monday.\n\nREYES: We will rebuild every street.");
        var dateline = Assert.Single(document.Get(Layers.Datelines));
        Assert.Equal(("LAHORE", "LAHORE:"), (dateline.Place, dateline.Span.Of(document.Text)));
    }

    [Fact]
    public void Each_dateline_starts_a_story()
    {
        var document = Analyze("date 2025-01-02\n\nBRUSSELS (Reuters) - First story.\n\nMore of it.\n\nGENEVA (AP) — Second story.");
        Assert.Equal(["BRUSSELS (Reuters) - First story.\n\nMore of it.", "GENEVA (AP) — Second story."], Of(document, SectionKind.Story));
        var datelines = document.Get(Layers.Datelines);
        Assert.Equal(["BRUSSELS", "GENEVA"], datelines.Select(d => d.Place));
        Assert.Equal(["Reuters", "AP"], datelines.Select(d => d.Agency));
        Assert.Equal([0, 1], datelines.Select(d => d.Story));
    }

    [Fact]
    public void First_sentence_of_a_story_starts_after_its_dateline()
    {
        var document = Analyze("KYIV, Ukraine (AP) — Power returned. Crews left.");
        var first = document.Get(Layers.Sentences)[0];
        Assert.Equal("Power returned.", first.Span.Of(document.Text));
    }

    [Fact]
    public void Caption_paragraph_inside_a_story_is_marked_and_its_credit_is_not_a_sentence()
    {
        var document = Analyze("KYIV (AP) — Talks stalled.\n\nA worker fixes a line on Sunday. (AP Photo/Ivan Petrenko)\n\nTalks resume Monday.");
        Assert.Equal(["A worker fixes a line on Sunday. (AP Photo/Ivan Petrenko)"], Of(document, SectionKind.Caption));
        Assert.Equal(0, document.Get(Layers.Sections).Single(s => s.Kind == SectionKind.Caption).Story);
        var sentences = document.Get(Layers.Sentences).Select(s => s.Span.Of(document.Text)).ToArray();
        Assert.Contains("A worker fixes a line on Sunday.", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("Photo/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Reuters/John Smith")]
    [InlineData("Photo by Jane Doe/AFP")]
    [InlineData("Photo: Jane Doe")]
    [InlineData("John Smith/AFP via Getty Images")]
    [InlineData("AP Photo")]
    public void Recognises_credit_forms(string credit)
    {
        var document = Analyze($"ROME (AP) — Text.\n\nPeople walk. ({credit})");
        Assert.Equal([credit], Of(document, SectionKind.PhotoCredit));
    }

    [Fact]
    public void Parenthetical_that_is_not_a_credit_leaves_paragraph_in_the_story()
    {
        var document = Analyze("ROME (AP) — Text.\n\nThe tower fell (most of it).");
        Assert.Empty(Of(document, SectionKind.Caption));
    }

    [Fact]
    public void Short_unpunctuated_first_paragraph_is_the_title()
    {
        var document = Analyze("Crews wait as truce talks drag on\n\nKYIV, Ukraine (AP) — Crews waited.");
        Assert.Equal(["Crews wait as truce talks drag on"], Of(document, SectionKind.Title));
        Assert.Single(Of(document, SectionKind.Story));
    }

    [Fact]
    public void Separator_lines_split_stories_without_datelines()
    {
        var document = Analyze("First story text.\n\n---\n\nSecond story text.");
        Assert.Equal(["First story text.", "Second story text."], Of(document, SectionKind.Story));
    }

    [Fact]
    public void Plain_text_without_datelines_is_one_story()
    {
        var document = Analyze("Officials met.\n\nThey agreed.");
        Assert.Equal(["Officials met.\n\nThey agreed."], Of(document, SectionKind.Story));
        Assert.Empty(document.Get(Layers.Datelines));
    }
}
