using Claimline.Entities.Tagging;

namespace Claimline.Syntax.Tagging;

/// <summary>
/// Tags the tokens of a sentence with Universal POS tags: a greedy left-to-right averaged perceptron (Collins 2002;
/// the design of Honnibal's "good POS tagger in 200 lines" and NLTK's) whose features include the two tags it has
/// just predicted; frequent unambiguous words take their tag from the <see cref="TagDictionary"/> without scoring.
/// Stateless and thread-safe: each thread passes its own <see cref="PosSentence"/>.
/// </summary>
public sealed class PosTagger(PosModel model)
{
    private static readonly Lazy<PosTagger> s_english = new(() => new PosTagger(PosModelFile.LoadEnglish()));

    /// <summary>The shipped English model (trained on UD English EWT train), loaded once on first use.</summary>
    public static PosTagger English => s_english.Value;

    public PosModel Model { get; } = model;

    /// <summary>Tags a prepared sentence: writes one tag per token into <paramref name="tags"/>.</summary>
    public void Tag(PosSentence sentence, Span<Upos> tags) => Tag(sentence, tags, default);

    /// <summary>
    /// Tags a prepared sentence, with the tokens marked in <paramref name="proper"/> (empty: none) tagged PROPN: words
    /// the entity tagger read inside a name. The forced tag is the history the next tokens are tagged with.
    /// </summary>
    public void Tag(PosSentence sentence, Span<Upos> tags, ReadOnlySpan<bool> proper)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var n = sentence.Count;
        var weights = Model.Weights;
        var dictionary = Model.Dictionary;
        Span<ulong> features = stackalloc ulong[PosFeatureExtractor.MaxFeatures];
        Span<float> scores = stackalloc float[weights.Labels];
        int previous = 0, previous2 = 0;
        for (var i = 0; i < n; i++)
        {
            var label = i < proper.Length && proper[i] ? PosModel.Label(Upos.PROPN) : dictionary.Lookup(sentence.Word[i]);
            if (label < 0)
            {
                var count = PosFeatureExtractor.Extract(sentence, i, previous, previous2, features);
                scores.Clear();
                weights.Score(features[..count], scores);
                label = GreedyDecoder.Best(scores);
            }

            tags[i] = PosModel.Tag(label);
            (previous2, previous) = (previous, label);
        }
    }

    /// <summary>Tags one sentence given as strings; returns the tags (for tests and tools; allocates).</summary>
    public Upos[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var sentence = new PosSentence();
        sentence.Prepare(tokens);
        var tags = new Upos[tokens.Count];
        Tag(sentence, tags);
        return tags;
    }
}
