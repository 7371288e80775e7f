using Claimline.Entities.Evaluation;
using Claimline.Entities.Gazetteers;
using Claimline.Entities.Tagging;

namespace Claimline.Entities.Training;

/// <summary>
/// K-fold cross-validation of the tagger on one CoNLL file, split by article (<see cref="ConllDocuments.Folds"/>):
/// each fold is tagged by a model trained on the others with the same options, and scored as <c>eval ner</c> scores.
/// The figure to choose features and settings by, so that the development file is looked at once per change.
/// Deterministic: the folds and the trainer are.
/// </summary>
public static class NerCrossValidation
{
    /// <summary>The held-out score of each fold, in fold order.</summary>
    public static IReadOnlyList<ConllScore> Run(IReadOnlyList<ConllSentence> sentences, int folds, Gazetteer gazetteer, TrainingOptions options, Action<int, int, ConllScore>? onFold = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(options);
        var assignment = ConllDocuments.Folds(sentences, folds);
        var scores = new List<ConllScore>();
        for (var fold = 0; fold < folds; fold++)
        {
            var (train, heldOut) = ConllDocuments.Split(sentences, assignment, fold);
            var trained = new PerceptronTrainer(gazetteer, options).Train(train, null);
            var score = NerEvaluation.Evaluate(new EntityTagger(trained.Model, gazetteer), heldOut, options.HistoryWindow);
            scores.Add(score);
            onFold?.Invoke(fold, heldOut.Count, score);
        }

        return scores;
    }

    /// <summary>Mean and sample standard deviation of the folds' overall F1.</summary>
    public static (double Mean, double StandardDeviation) Summary(IReadOnlyList<ConllScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var f1 = scores.Select(s => s.Overall.F1).ToArray();
        var mean = f1.Average();
        var sd = Math.Sqrt(f1.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, f1.Length - 1));
        return (mean, sd);
    }
}
