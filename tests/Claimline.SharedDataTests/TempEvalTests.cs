using Claimline.Time.Evaluation;

namespace Claimline.SharedDataTests;

/// <summary>Issue #4 acceptance on TempEval-3 TimeBank + AQUAINT (TBAQ-cleaned), scored as the TempEval-3 scorer does.</summary>
public class TempEvalTests
{
    private static readonly Lazy<TimexScorer> s_scores = new(() => TimexEvaluator.EvaluateFiles(
        [SharedData.Path("data", "tempeval3", "TimeBank"), SharedData.Path("data", "tempeval3", "AQUAINT")]));

    private static TimexScorer Scores()
    {
        SharedData.Path("data", "tempeval3", "TimeBank");
        return s_scores.Value;
    }

    [Fact]
    public void Relaxed_extraction_F1_is_at_least_0_90()
        => Assert.True(Scores().Relaxed.F1 >= 0.90, $"relaxed {Scores().Relaxed}");

    [Fact]
    public void Strict_extraction_F1_is_at_least_0_80()
        => Assert.True(Scores().Strict.F1 >= 0.80, $"strict {Scores().Strict}");

    // The target.
    [Fact]
    public void Value_F1_is_at_least_0_80()
        => Assert.True(Scores().Value.F1 >= 0.80, $"value {Scores().Value}");

    [Fact]
    public void Type_F1_is_at_least_0_85()
        => Assert.True(Scores().Type.F1 >= 0.85, $"type {Scores().Type}");
}
