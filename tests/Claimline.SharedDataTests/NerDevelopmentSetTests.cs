using Claimline.Entities.Evaluation;
using Claimline.Entities.Tagging;
using Claimline.Entities.Training;

namespace Claimline.SharedDataTests;

/// <summary>The shipped tagger against the CoNLL-2003 development set (eng.testa), scored as conlleval does.</summary>
public class NerDevelopmentSetTests
{
    [Fact]
    public void Shipped_model_reaches_F1_of_at_least_0_90_on_the_development_set()
    {
        var gold = ConllReader.Read(SharedData.Path("data", "conll2003", "eng.testa"));
        var score = NerEvaluation.Evaluate(EntityTagger.English, gold);
        Assert.Equal(5942, score.Overall.GoldCount);
        Assert.True(score.Overall.F1 >= 0.90, $"dev F1 {score.Overall.F1:P2}: {score.Overall}");
        Assert.All(score.Types.Values, type => Assert.True(type.F1 >= 0.80, type.ToString()));
    }
}
