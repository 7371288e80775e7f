using Claimline.Quotes.Evaluation;

namespace Claimline.Tests.Quotes;

/// <summary>
/// Our own quotes gold (five invented articles: datelines, a quote over two paragraphs, joint speakers, pronoun
/// speakers across sentences) read and scored as <c>claimline eval quotes --gold</c> does. The floors sit below
/// today's figures (content 100, source 90.9) so that a change that breaks what PolNeAR lacks is caught.
/// </summary>
public class QuoteGoldTests
{
    private static readonly string s_path = Path.Combine(RepositoryPaths.TestProject, "Quotes", "gold-quotes.jsonl");

    [Fact]
    public void The_gold_file_reads_with_every_content_inside_its_text()
    {
        var articles = QuoteGoldReader.Read(s_path);
        Assert.Equal(5, articles.Count);
        Assert.True(articles.Sum(a => a.Attributions.Count) >= 20);
    }

    [Fact]
    public void The_quote_stage_keeps_its_scores_on_our_gold()
    {
        var scorer = QuoteEvaluator.EvaluateGold(QuoteGoldReader.Read(s_path));
        Assert.True(scorer.ContentOverlap.F1 >= 0.95, $"content overlap F1 {scorer.ContentOverlap.F1:P1}");
        Assert.True(scorer.Source.F1 >= 0.85, $"source F1 {scorer.Source.F1:P1}");
    }
}
