using Claimline.Syntax.Conllu;
using Claimline.Syntax.Lemmatization;
using Claimline.Syntax.Tagging;
using Claimline.Syntax.Training;

namespace Claimline.SharedDataTests;

/// <summary>The shipped tagger and lemmatizer against UD English EWT dev (gold tokens, every syntactic word counted).</summary>
public class PosDevelopmentSetTests
{
    [Fact]
    public void Shipped_tagger_reaches_UPOS_of_at_least_0_95_and_lemmas_0_965_on_EWT_dev()
    {
        var gold = ConlluReader.ReadFile(SharedData.Path("data", "ud", "en_ewt-ud-dev.conllu")).ToList();
        var score = PosEvaluation.Evaluate(PosTagger.English, Lemmatizer.English, gold);
        Assert.Equal(25_147, score.Words);
        Assert.True(score.Accuracy >= 0.95, score.ToString());
        Assert.True(score.LemmaAccuracy >= 0.965, score.ToString());
    }

    [Fact]
    public void Shipped_tagger_holds_up_on_GUM_dev_a_treebank_it_was_not_trained_on()
    {
        var gold = ConlluReader.ReadFile(SharedData.Path("data", "ud", "en_gum-ud-dev.conllu")).ToList();
        var score = PosEvaluation.Evaluate(PosTagger.English, Lemmatizer.English, gold);
        Assert.True(score.Accuracy >= 0.94, score.ToString());
    }
}
