using Claimline.Claims.Evaluation;

namespace Claimline.Tests.Claims;

public class ClaimEvaluationTests
{
    private static readonly string s_gold = Path.Combine(RepositoryPaths.TestProject, "Claims", "gold-claims.jsonl");

    [Fact]
    public void The_gold_file_reads_every_article_and_claim()
    {
        var articles = ClaimGoldReader.Read(s_gold);
        Assert.Equal(4, articles.Count);
        Assert.Equal(11, articles.Sum(a => a.Claims.Count));
        Assert.Contains(articles.SelectMany(a => a.Claims), c => c.Qualifier == "denied" && c.Value == 0);
    }

    [Fact]
    public void Every_gold_claim_of_the_examples_is_detected_and_most_fields_are_right()
    {
        var scores = ClaimEvaluator.Evaluate(ClaimGoldReader.Read(s_gold));
        Assert.Equal(1.0, scores.Detection.F1);
        Assert.All(["quantity", "location", "qualifier"], f => Assert.Equal(1.0, scores.Fields[f].F1));
        Assert.True(scores.Fields["holder"].F1 >= 0.9, scores.Fields["holder"].ToString());
    }

    [Fact]
    public void Evidence_missing_from_the_text_is_a_format_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"id":"x","text":"About 10 boats sank.","claims":[{"holder":"A","quantity":"boats","value":10,"evidence":"12 boats"}]}""");
            Assert.Throws<FormatException>(() => ClaimGoldReader.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
