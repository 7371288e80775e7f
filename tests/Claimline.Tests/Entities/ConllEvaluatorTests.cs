using Claimline.Entities.Evaluation;

namespace Claimline.Tests.Entities;

public class ConllEvaluatorTests
{
    private static ConllScore Score(params (string[] Gold, string[] Guess)[] sentences)
    {
        var evaluator = new ConllEvaluator();
        foreach (var (gold, guess) in sentences)
        {
            evaluator.Add(gold, guess);
        }

        return evaluator.Result();
    }

    private static (int Correct, int Found, int Gold) Counts(ConllScore score)
        => (score.Overall.TruePositives, score.Overall.SystemCount, score.Overall.GoldCount);

    [Fact]
    public void Identical_tags_score_one()
    {
        var score = Score((["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "I-PER", "O", "B-LOC"]));
        Assert.Equal((2, 2, 2), Counts(score));
        Assert.Equal(1.0, score.Overall.F1);
        Assert.Equal(1.0, score.Accuracy);
    }

    [Fact]
    public void I_after_O_starts_a_chunk_that_matches_a_B_start()
    {
        var score = Score((["O", "I-PER", "I-PER"], ["O", "B-PER", "I-PER"]));
        Assert.Equal((1, 1, 1), Counts(score));
    }

    [Fact]
    public void A_change_of_type_inside_a_chunk_splits_it()
    {
        var score = Score((["B-PER", "I-PER"], ["B-PER", "I-ORG"]));
        Assert.Equal((0, 2, 1), Counts(score));
        Assert.Equal(1, score.Types["ORG"].SystemCount);
        Assert.Equal(0, score.Types["ORG"].GoldCount);
    }

    [Fact]
    public void B_after_B_starts_a_new_chunk()
    {
        var score = Score((["B-LOC", "B-LOC"], ["B-LOC", "I-LOC"]));
        Assert.Equal((0, 1, 2), Counts(score));
    }

    [Fact]
    public void A_chunk_cut_short_does_not_count()
    {
        var score = Score((["B-ORG", "I-ORG", "O"], ["B-ORG", "O", "O"]));
        Assert.Equal((0, 1, 1), Counts(score));
        Assert.Equal(0.0, score.Overall.F1);
    }

    [Fact]
    public void A_chunk_running_on_too_long_does_not_count()
    {
        var score = Score((["B-ORG", "O"], ["B-ORG", "I-ORG"]));
        Assert.Equal((0, 1, 1), Counts(score));
    }

    [Fact]
    public void A_sentence_boundary_closes_chunks_so_names_at_the_end_of_sentences_count()
    {
        var score = Score((["O", "B-PER"], ["O", "B-PER"]), (["I-PER", "O"], ["I-PER", "O"]));
        Assert.Equal((2, 2, 2), Counts(score));
    }

    [Fact]
    public void Precision_recall_and_f1_follow_the_counts_per_type()
    {
        // Gold: PER Ana Kovac, LOC Geneva, ORG United Nations. Guess: PER right, LOC right, ORG as LOC, one extra MISC.
        var score = Score(
            (["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "I-PER", "O", "B-LOC"]),
            (["O", "B-ORG", "I-ORG", "O", "O"], ["B-MISC", "B-LOC", "I-LOC", "O", "O"]));
        Assert.Equal((2, 4, 3), Counts(score));
        Assert.Equal(0.5, score.Overall.Precision);
        Assert.Equal(2.0 / 3, score.Overall.Recall, 10);
        Assert.Equal(4.0 / 7, score.Overall.F1, 10);
        Assert.Equal(["LOC", "MISC", "ORG", "PER"], score.Types.Keys);
        Assert.Equal(0.5, score.Types["LOC"].Precision);
        Assert.Equal(1.0, score.Types["LOC"].Recall);
        Assert.Equal(0.0, score.Types["ORG"].F1);
        Assert.Equal(6.0 / 9, score.Accuracy, 10);
    }

    [Fact]
    public void Sentences_of_different_lengths_are_refused()
        => Assert.Throws<ArgumentException>(() => new ConllEvaluator().Add(["O"], ["O", "O"]));
}
