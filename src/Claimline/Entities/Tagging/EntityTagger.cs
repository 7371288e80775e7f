using Claimline.Entities.Features;
using Claimline.Entities.Gazetteers;

namespace Claimline.Entities.Tagging;

/// <summary>
/// Tags the tokens of a sentence with BILOU labels: a greedy left-to-right averaged perceptron whose features include
/// the labels it has just predicted and how the same words were tagged earlier in the document. Stateless and
/// thread-safe; callers pass the per-document <see cref="DocumentHistory"/> and a per-thread
/// <see cref="SentenceFeatures"/>.
/// </summary>
public sealed class EntityTagger(PerceptronModel model, Gazetteer gazetteer)
{
    private static readonly Lazy<EntityTagger> s_english = new(() => new EntityTagger(ModelFile.LoadEnglish(), Gazetteer.English));

    /// <summary>The shipped English model with the shipped gazetteer, loaded once on first use.</summary>
    public static EntityTagger English => s_english.Value;

    public PerceptronModel Model { get; } = model;

    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>Tags one sentence and records it in <paramref name="history"/>.</summary>
    /// <param name="tokens">The sentence's tokens as written.</param>
    /// <param name="history">The document's history (read, then updated), or null to tag the sentence alone.</param>
    /// <param name="sentence">Scratch space, reused across calls by one thread.</param>
    /// <param name="labels">Receives one label per token.</param>
    /// <param name="confidences">Receives, per token, the softmax probability of its label among the allowed ones.</param>
    public void Tag(IReadOnlyList<string> tokens, DocumentHistory? history, SentenceFeatures sentence, Span<int> labels, Span<float> confidences)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        sentence.Prepare(tokens, Gazetteer);
        var n = sentence.Count;
        Span<ulong> features = stackalloc ulong[FeatureExtractor.MaxFeatures];
        Span<float> scores = stackalloc float[Model.Labels];
        int previous = BilouLabels.Outside, previous2 = BilouLabels.Outside;
        for (var i = 0; i < n; i++)
        {
            var count = FeatureExtractor.Extract(sentence, i, previous, previous2, history, features);
            scores.Clear();
            Model.Score(features[..count], scores);
            var last = i == n - 1;
            var label = GreedyDecoder.Best(scores, previous, last);
            labels[i] = label;
            confidences[i] = GreedyDecoder.Probability(scores, previous, last, label);
            (previous2, previous) = (previous, label);
        }

        if (history is not null)
        {
            Record(sentence, labels[..n], history);
        }
    }

    /// <summary>Tags one sentence on its own (no document history); returns the labels.</summary>
    public int[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var labels = new int[tokens.Count];
        Tag(tokens, null, new SentenceFeatures(), labels, new float[tokens.Count]);
        return labels;
    }

    /// <summary>Adds the capitalized words of a tagged sentence to the history.</summary>
    public static void Record(SentenceFeatures sentence, ReadOnlySpan<int> labels, DocumentHistory history)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(history);
        for (var i = 0; i < labels.Length; i++)
        {
            if (sentence.Capitalized[i])
            {
                history.Record(sentence.LowerExact[i], FeatureExtractor.Outcome(labels[i]));
            }
        }
    }
}
