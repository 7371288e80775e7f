using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Quotes;
using Claimline.Quotes.Evaluation;
using Claimline.Reading;

namespace Claimline.SharedDataTests;

/// <summary>Issue #5 acceptance: the seed article's gold quotes with their speakers, and the PolNeAR dev figures.</summary>
public class SeedArticleQuoteTests
{
    private static (string Text, IReadOnlyList<Quote> Quotes) Seed()
    {
        var read = new DocumentReader().Read(SharedData.Path("acceptance", "seed-article.txt")).Single();
        var document = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true }).Run(read.Document!);
        return (document.Text, document.Get(Layers.Quotes));
    }

    private static Quote Find(string text, IReadOnlyList<Quote> quotes, string contains)
    {
        var found = quotes.FirstOrDefault(q => q.Content.Any(c => c.Of(text).Contains(contains, StringComparison.Ordinal)));
        Assert.True(found is not null, $"no quote contains '{contains}'");
        return found;
    }

    private static string Speaker(Quote q) => q.ResolvedText ?? q.SpeakerText ?? "";

    [Fact]
    public void Blinkens_direct_quote_is_found_with_his_name()
    {
        var (text, quotes) = Seed();
        var q = Find(text, quotes, "not yet seen these troops deploy");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Contains("Blinken", Speaker(q), StringComparison.Ordinal);
    }

    [Fact]
    public void Woods_direct_quotes_are_found_and_his_pronoun_resolved()
    {
        var (text, quotes) = Seed();
        Assert.Equal("Wood", Find(text, quotes, "We just received some information").SpeakerText);
        var second = Find(text, quotes, "does Russia still maintain");
        Assert.Equal(("he", SpeakerKind.Pronoun), (second.SpeakerText, second.SpeakerKind));
        Assert.Contains("Wood", second.ResolvedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Austins_direct_quote_is_dated_Wednesday_and_resolved_to_his_full_name()
    {
        var (text, quotes) = Seed();
        var q = Find(text, quotes, "We remain concerned");
        Assert.Equal(("Austin", "2024-10-30"), (q.SpeakerText, q.Date));
        Assert.Equal("Lloyd Austin", q.ResolvedText);
    }

    [Fact]
    public void The_indirect_statements_have_their_speakers()
    {
        var (text, quotes) = Seed();
        Assert.Contains("Blinken", Speaker(Find(text, quotes, "expects some 8,000 North Korean troops")), StringComparison.Ordinal);
        Assert.Equal("The Biden administration", Find(text, quotes, "some 8,000 North Korean soldiers are now in Russia").SpeakerText);
        Assert.Equal(SpeakerKind.Multiple, Find(text, quotes, "the number has increased to 11,000").SpeakerKind);
        Assert.Equal(SpeakerKind.Unnamed, Find(text, quotes, "Russia may have provided technological assistance").SpeakerKind);
    }

    [Fact]
    public void PolNeAR_dev_content_overlap_F1_is_at_least_0_65()
    {
        var scorer = QuoteEvaluator.EvaluateDirectory(SharedData.Path("data", "polnear", "dev"));
        Assert.True(scorer.ContentOverlap.F1 >= 0.65, $"content overlap {scorer.ContentOverlap}");
        Assert.True(scorer.Source.F1 >= 0.56, $"source {scorer.Source}");
        Assert.True(scorer.Cue.F1 >= 0.59, $"cue {scorer.Cue}");
    }
}
