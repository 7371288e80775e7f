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

    /// <summary>
    /// heldout4-claims.jsonl (issue #16): 14 articles written by a helper who saw neither code nor output. Its first run
    /// (detection P 91.7 R 91.7, required recall 94.3, as-of 74.0, 21 of 24 money ranges) is in docs/claims.md; the
    /// fixes since were made looking at it, so these floors guard them, they do not measure them.
    /// </summary>
    [Fact]
    public void The_fourth_held_out_set_keeps_its_claim_precision_required_recall_and_dates()
    {
        var articles = ClaimGoldReader.Read(Path.Combine(RepositoryPaths.TestProject, "Claims", "heldout4-claims.jsonl"));
        var scores = ClaimEvaluator.Evaluate(articles);
        Assert.True(scores.Detection.Precision >= 0.95, scores.Detection.ToString());
        Assert.True(scores.Required.Recall >= 0.95, scores.Required.ToString());
        Assert.True(scores.OnNonClaims.Claimed <= 2, $"{scores.OnNonClaims.Claimed} of {scores.OnNonClaims.Listed} non-claims claimed");
        Assert.True(scores.Fields["as_of"].F1 >= 0.90, scores.Fields["as_of"].ToString());
        Assert.True(scores.Fields["qualifier"].F1 >= 0.95, scores.Fields["qualifier"].ToString());
    }

    /// <summary>
    /// heldout5-claims.jsonl (issue #16): 10 more articles by a helper who saw neither code, output nor the fourth set,
    /// written after all of session 8's changes but four. Its first run (precision 90.9, required recall 96.3, as-of
    /// 84.1, 24 of 27 money ranges) is the independent measure, in docs/claims.md; these floors guard the four fixes
    /// made after it (rounding, the rand sign, decimal-comma percents, telephone numbers).
    /// </summary>
    [Fact]
    public void The_fifth_held_out_set_keeps_its_claim_precision_required_recall_and_ranges()
    {
        var scores = ClaimEvaluator.Evaluate(ClaimGoldReader.Read(Path.Combine(RepositoryPaths.TestProject, "Claims", "heldout5-claims.jsonl")));
        Assert.True(scores.Detection.Precision >= 0.95, scores.Detection.ToString());
        Assert.True(scores.Required.Recall >= 0.95, scores.Required.ToString());
        Assert.True(scores.OnNonClaims.Claimed <= 2, $"{scores.OnNonClaims.Claimed} of {scores.OnNonClaims.Listed} non-claims claimed");
        Assert.True(scores.Fields["as_of"].F1 >= 0.85, scores.Fields["as_of"].ToString());
    }

    /// <summary>
    /// heldout6 and heldout7-claims.jsonl (issue #16, session 9): written by two more helpers who saw neither code, output
    /// nor the other sets. Their first runs (precision 94.2 and 95.5, required recall 100 and 98.0, as-of 82.3 and
    /// 82.5) are in docs/claims.md; these floors guard the fixes made after them (currencies, scores, telephone forms,
    /// dates by clause, state holders), they do not measure them.
    /// </summary>
    [Theory]
    [InlineData("heldout6-claims.jsonl", 0.87, 0.45)]
    [InlineData("heldout7-claims.jsonl", 0.86, 0.60)]
    public void The_sixth_and_seventh_held_out_sets_keep_their_precision_dates_and_holders(string file, double asOf, double holder)
    {
        var scores = ClaimEvaluator.Evaluate(ClaimGoldReader.Read(Path.Combine(RepositoryPaths.TestProject, "Claims", file)));
        Assert.True(scores.Detection.Precision >= 0.95, scores.Detection.ToString());
        Assert.True(scores.Required.Recall >= 0.95, scores.Required.ToString());
        Assert.True(scores.OnNonClaims.Claimed <= 4, $"{scores.OnNonClaims.Claimed} of {scores.OnNonClaims.Listed} non-claims claimed");
        Assert.True(scores.Fields["as_of"].F1 >= asOf, scores.Fields["as_of"].ToString());
        Assert.True(scores.Fields["holder"].F1 >= holder, scores.Fields["holder"].ToString());
    }

    /// <summary>
    /// heldout8-claims.jsonl (session 10): written by a helper who saw neither code, output nor the other sets. Its first
    /// run (build 2e773f7: precision 95.5, required recall 98.4, ranges 23 of 23, non-claims claimed 6 of 73, as-of 74.1,
    /// holder 61.3) is in docs/claims.md; these floors guard the fixes made after it (Indian digit grouping, hotlines
    /// and telephone numbers after `call … on`, `magnitude 6.8`).
    /// </summary>
    [Fact]
    public void The_eighth_held_out_set_keeps_its_precision_and_labels()
    {
        var scores = ClaimEvaluator.Evaluate(ClaimGoldReader.Read(Path.Combine(RepositoryPaths.TestProject, "Claims", "heldout8-claims.jsonl")));
        Assert.True(scores.Detection.Precision >= 0.97, scores.Detection.ToString());
        Assert.True(scores.Required.Recall >= 0.95, scores.Required.ToString());
        Assert.True(scores.OnNonClaims.Claimed <= 2, $"{scores.OnNonClaims.Claimed} of {scores.OnNonClaims.Listed} non-claims claimed");
        Assert.True(scores.Fields["as_of"].F1 >= 0.74, scores.Fields["as_of"].ToString());
        Assert.True(scores.Fields["holder"].F1 >= 0.60, scores.Fields["holder"].ToString());
    }

    [Fact]
    public void Required_flags_and_non_claims_are_read_and_scored()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"id":"x","date":"2024-10-31","text":"The two leaders met. Police said 40 boats sank and 3 crew drowned.","non_claims":["two leaders"],"claims":[{"holder":"Police","quantity":"boats","value":40,"evidence":"40 boats"},{"holder":"Police","quantity":"crew","value":3,"evidence":"3 crew","required":false}]}""");
            var article = Assert.Single(ClaimGoldReader.Read(path));
            Assert.Equal([true, false], article.Claims.Select(c => c.Required));
            Assert.Equal(["two leaders"], article.NonClaims!);
            var scores = ClaimEvaluator.Evaluate([article]);
            Assert.Equal((1, 1), (scores.Required.TruePositives, scores.Required.GoldCount));
            Assert.Equal((0, 1), scores.OnNonClaims);
        }
        finally
        {
            File.Delete(path);
        }
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
