using System.Text.Json;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Structure;

namespace Claimline.SharedDataTests;

/// <summary>Issue #2 acceptance: the structure and sentences of the seed article, checked against its hand-made gold.</summary>
public class SeedArticleStructureTests
{
    private static (Document Document, JsonElement Gold) Load()
    {
        var article = SharedData.Path("acceptance", "seed-article.txt");
        var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("acceptance", "seed-article.gold.json"))).RootElement;
        var read = new DocumentReader().Read(article).Single();
        Assert.Null(read.Error);
        var document = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true }).Run(read.Document!);
        return (document, gold);
    }

    [Fact]
    public void Date_comes_from_the_wire_header()
    {
        var (document, gold) = Load();
        Assert.Equal(gold.GetProperty("document").GetProperty("date").GetString(), document.Meta.Published?.ToString("yyyy-MM-dd"));
        var header = document.Get(Layers.Sections).Single(s => s.Kind == SectionKind.Header);
        Assert.Equal(gold.GetProperty("document").GetProperty("header_line").GetString(), header.Span.Of(document.Text));
    }

    [Fact]
    public void Caption_and_its_credit_are_found()
    {
        var (document, gold) = Load();
        var expected = gold.GetProperty("document").GetProperty("caption");
        var sections = document.Get(Layers.Sections);
        var caption = Assert.Single(sections, s => s.Kind == SectionKind.Caption);
        Assert.StartsWith(expected.GetProperty("starts_with").GetString()!, caption.Span.Of(document.Text), StringComparison.Ordinal);
        var credit = Assert.Single(sections, s => s.Kind == SectionKind.PhotoCredit);
        Assert.Equal(expected.GetProperty("credit").GetString(), credit.Span.Of(document.Text));
    }

    [Fact]
    public void Stories_start_with_their_datelines_where_the_gold_says()
    {
        var (document, gold) = Load();
        var expected = gold.GetProperty("document").GetProperty("stories").EnumerateArray().ToArray();
        var stories = document.Get(Layers.Sections).Where(s => s.Kind == SectionKind.Story).ToArray();
        var datelines = document.Get(Layers.Datelines);
        Assert.Equal(expected.Length, stories.Length);
        Assert.Equal(expected.Length, datelines.Count);
        var sentences = document.Get(Layers.Sentences);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].GetProperty("dateline").GetString(), datelines[i].Place);
            Assert.Equal(expected[i].GetProperty("agency").GetString(), datelines[i].Agency);
            Assert.Equal(stories[i].Span.Start, datelines[i].Span.Start);
            var firstSentence = sentences.Within(stories[i].Span)[0];
            Assert.StartsWith(expected[i].GetProperty("starts_with").GetString()!, firstSentence.Span.Of(document.Text), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Gold_snippets_each_fall_inside_one_sentence()
    {
        // Every quote, time context and claim evidence the gold marks is a piece of one sentence; a boundary inside
        // any of them (after "U.S." or "U.N.", inside a closing quote) would be a sentence a reader would not agree with.
        var (document, gold) = Load();
        var snippets = new List<string>();
        foreach (var (section, field) in new[] { ("quotes", "contains"), ("times", "context"), ("claims", "evidence"), ("times", "text") })
        {
            foreach (var item in gold.GetProperty(section).EnumerateArray())
            {
                if (item.TryGetProperty(field, out var value) && value.GetString() is { } snippet)
                {
                    snippets.Add(snippet);
                }
            }
        }

        Assert.True(snippets.Count > 20);
        var sentences = document.Get(Layers.Sentences);
        foreach (var snippet in snippets)
        {
            var at = document.Text.IndexOf(snippet, StringComparison.Ordinal);
            Assert.True(at >= 0, $"gold snippet not in the article: {snippet}");
            var span = new TextSpan(at, at + snippet.Length);
            Assert.True(
                sentences.Any(s => s.Span.Contains(span)),
                $"'{snippet}' is split across sentences: {string.Join(" | ", sentences.Where(s => s.Span.Overlaps(span)).Select(s => s.Span.Of(document.Text)))}");
        }
    }

    [Fact]
    public void Sentences_end_at_closing_punctuation_and_after_a_sentence_final_acronym()
    {
        var (document, _) = Load();
        var texts = document.Get(Layers.Sentences).Select(s => s.Span.Of(document.Text)).ToArray();
        Assert.All(texts, t => Assert.Matches(@"[.?!][”’""]?$", t));
        Assert.Contains(texts, t => t.EndsWith("on the mainland U.S.", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Some experts speculated", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.EndsWith(" U.N.", StringComparison.Ordinal));
    }
}
