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
    /// <param name="confidences">Receives, per token of a name, the softmax probability of its label among all labels; 1 for O.</param>
    /// <remarks>
    /// A sentence without a single upper-case letter is labelled O without running the model: English names are
    /// capitalized, and this keeps long runs of lower-case text (and hostile input) cheap.
    /// </remarks>
    public void Tag(IReadOnlyList<string> tokens, DocumentHistory? history, SentenceFeatures sentence, Span<int> labels, Span<float> confidences)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentence);
        if (!HasUpperCase(tokens))
        {
            labels[..tokens.Count].Fill(BilouLabels.Outside);
            confidences[..tokens.Count].Fill(1f);
            return;
        }

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
            var label = GreedyDecoder.Best(scores);
            labels[i] = label;
            // The softmax costs a dozen exponentials; only names report a confidence.
            confidences[i] = label == BilouLabels.Outside ? 1f : GreedyDecoder.Probability(scores, label);
            (previous2, previous) = (previous, label);
        }

        if (history is not null)
        {
            Record(sentence, labels[..n], history);
        }
    }

    private static bool HasUpperCase(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var c in tokens[i])
            {
                if (char.IsUpper(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Tags one sentence on its own (no document history); returns the labels.</summary>
    public int[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var labels = new int[tokens.Count];
        Tag(tokens, null, new SentenceFeatures(), labels, new float[tokens.Count]);
        return labels;
    }

    /// <summary>Adds the words of a tagged sentence to the history: capitalized ones with their label's type, lower-case ones as such.</summary>
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
            else if (sentence.StartsLower[i])
            {
                history.Record(sentence.LowerExact[i], DocumentHistory.LowerCase);
            }
        }
    }
}
