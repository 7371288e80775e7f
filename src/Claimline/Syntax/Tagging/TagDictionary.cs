using System.Collections.Frozen;

namespace Claimline.Syntax.Tagging;

/// <summary>
/// Frequent words that (almost) always take one tag, tagged without scoring: the rule of NLTK's perceptron tagger,
/// a word seen at least <see cref="DefaultMinCount"/> times in training with one tag at least
/// <see cref="DefaultMinShare"/> of the time. Keys are <see cref="PosSentence"/> word hashes (the token as written).
/// Immutable and shared by all threads.
/// </summary>
public sealed class TagDictionary
{
    public const int DefaultMinCount = 20;

    public const double DefaultMinShare = 0.97;

    private readonly FrozenDictionary<ulong, byte> _tags;

    public TagDictionary(IReadOnlyDictionary<ulong, byte> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        _tags = tags.ToFrozenDictionary();
    }

    public int Count => _tags.Count;

    /// <summary>The entries, for writing the model file.</summary>
    public IEnumerable<KeyValuePair<ulong, byte>> Entries => _tags;

    /// <summary>The label (0-based tag) of a word hash, or -1 when the word is not in the dictionary.</summary>
    public int Lookup(ulong word) => _tags.TryGetValue(word, out var tag) ? tag : -1;

    /// <summary>Builds the dictionary from counts of (word hash, label) pairs.</summary>
    public static TagDictionary Build(IReadOnlyDictionary<ulong, int[]> counts, int minCount = DefaultMinCount, double minShare = DefaultMinShare)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var tags = new Dictionary<ulong, byte>();
        foreach (var (word, perTag) in counts)
        {
            var total = 0;
            var best = 0;
            for (var t = 0; t < perTag.Length; t++)
            {
                total += perTag[t];
                if (perTag[t] > perTag[best])
                {
                    best = t;
                }
            }

            if (total >= minCount && perTag[best] >= minShare * total)
            {
                tags[word] = (byte)best;
            }
        }

        return new TagDictionary(tags);
    }
}
