using Claimline.Entities.Features;
using Claimline.Entities.Tagging;
using Claimline.Entities.Training;

namespace Claimline.Entities.Evaluation;

/// <summary>
/// Tags CoNLL sentences with a tagger and scores them with <see cref="ConllEvaluator"/>. CoNLL files have no document
/// boundaries here, so the document history is a sliding window over the sentences in file order. Tags come out as
/// the model's CoNLL types (PER, ORG, LOC, MISC): Claimline's NORP retyping maps back to MISC, so it does not change
/// the score.
/// </summary>
public static class NerEvaluation
{
    public static ConllScore Evaluate(EntityTagger tagger, IReadOnlyList<ConllSentence> gold, int historyWindow = DocumentHistory.DefaultWindow, Action<ConllSentence, string[]>? onSentence = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(gold);
        var evaluator = new ConllEvaluator();
        var history = historyWindow > 0 ? new DocumentHistory(historyWindow) : null;
        var sentence = new SentenceFeatures();
        var labels = new int[64];
        var confidences = new float[64];
        foreach (var s in gold)
        {
            if (labels.Length < s.Words.Length)
            {
                labels = new int[s.Words.Length * 2];
                confidences = new float[s.Words.Length * 2];
            }

            tagger.Tag(s.Words, history, sentence, labels, confidences);
            var guessed = BilouLabels.ToIob2(labels.AsSpan(0, s.Words.Length));
            evaluator.Add(s.Tags, guessed);
            onSentence?.Invoke(s, guessed);
        }

        return evaluator.Result();
    }
}
