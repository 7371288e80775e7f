using Claimline.Learning;
using Claimline.Syntax.Conllu;
using Claimline.Syntax.Tagging;

namespace Claimline.Syntax.Training;

/// <summary>
/// CoNLL-U sentences as tagging sequences for <see cref="AveragedPerceptron"/>, one block per sentence. Words in the
/// tag dictionary are forced (not scored, not learned from), as the tagger skips them.
/// </summary>
internal sealed class PosSequenceSet : SequenceSet
{
    private readonly IReadOnlyList<ConlluSentence> _sentences;
    private readonly TagDictionary _dictionary;
    private readonly PosSentence _sentence = new();
    private int[] _gold = new int[64];

    public PosSequenceSet(IReadOnlyList<ConlluSentence> sentences, TagDictionary dictionary)
    {
        _sentences = sentences;
        _dictionary = dictionary;
        foreach (var sentence in sentences)
        {
            Tokens += sentence.Length;
        }
    }

    public int Tokens { get; }

    public override int Count => _sentences.Count;

    public override int MaxFeatures => PosFeatureExtractor.MaxFeatures;

    public override int Open(int k)
    {
        var sentence = _sentences[k];
        _sentence.Prepare(sentence.Forms);
        if (_gold.Length < sentence.Length)
        {
            _gold = new int[sentence.Length * 2];
        }

        for (var i = 0; i < sentence.Length; i++)
        {
            _gold[i] = GoldLabel(sentence.Tags[i]);
        }

        return sentence.Length;
    }

    public override int Gold(int position) => _gold[position];

    public override int Forced(int position, int previous) => _dictionary.Lookup(_sentence.Word[position]);

    public override int Features(int position, int previous, int previous2, Span<ulong> features)
        => PosFeatureExtractor.Extract(_sentence, position, previous, previous2, features);

    /// <summary>The label of a gold tag; a missing tag (<c>_</c>) counts as X.</summary>
    public static int GoldLabel(Upos tag) => PosModel.Label(tag == Upos.None ? Upos.X : tag);

    /// <summary>Counts how often each word (as the tagger hashes it) has each gold tag.</summary>
    public static Dictionary<ulong, int[]> CountWordTags(IReadOnlyList<ConlluSentence> sentences)
    {
        var counts = new Dictionary<ulong, int[]>();
        var prepared = new PosSentence();
        foreach (var sentence in sentences)
        {
            prepared.Prepare(sentence.Forms);
            for (var i = 0; i < sentence.Length; i++)
            {
                var word = prepared.Word[i];
                if (!counts.TryGetValue(word, out var perTag))
                {
                    counts[word] = perTag = new int[UposNames.Count];
                }

                perTag[GoldLabel(sentence.Tags[i])]++;
            }
        }

        return counts;
    }
}
