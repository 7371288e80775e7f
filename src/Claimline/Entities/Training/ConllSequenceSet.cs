using Claimline.Entities.Features;
using Claimline.Entities.Gazetteers;
using Claimline.Entities.Tagging;
using Claimline.Learning;

namespace Claimline.Entities.Training;

/// <summary>
/// CoNLL sentences as BILOU-tagging sequences, in blocks of <see cref="TrainingOptions.BlockSentences"/> consecutive
/// sentences: the CoNLL copy has no document boundaries, so a block stands in for a document, and the document
/// history starts empty at each block and records each sentence's labels for the next.
/// </summary>
internal sealed class ConllSequenceSet : SequenceSet
{
    private readonly IReadOnlyList<ConllSentence> _sentences;
    private readonly int[][] _gold;
    private readonly Gazetteer _gazetteer;
    private readonly int _blockSentences;
    private readonly NerFeatureGroups _groups;
    private readonly SentenceFeatures _sentence = new();
    private readonly DocumentHistory? _history;
    private int[] _openGold = [];

    public ConllSequenceSet(IReadOnlyList<ConllSentence> sentences, Gazetteer gazetteer, TrainingOptions options)
    {
        _sentences = sentences;
        _gazetteer = gazetteer;
        _blockSentences = options.BlockSentences;
        _groups = options.Groups;
        _history = options.HistoryWindow > 0 ? new DocumentHistory(options.HistoryWindow) : null;
        _gold = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            _gold[s] = new int[sentences[s].Words.Length];
            BilouLabels.Encode(IobTags.Spans(sentences[s].Tags), _gold[s]);
            Tokens += _gold[s].Length;
        }
    }

    public int Tokens { get; }

    public override int Count => _sentences.Count;

    public override int MaxFeatures => FeatureExtractor.MaxFeatures;

    public override int BlockCount => (_sentences.Count + _blockSentences - 1) / _blockSentences;

    public override (int Start, int End) Block(int block)
    {
        var start = block * _blockSentences;
        return (start, Math.Min(_sentences.Count, start + _blockSentences));
    }

    public override void BeginBlock() => _history?.Clear();

    public override int Open(int k)
    {
        _sentence.Prepare(_sentences[k].Words, _gazetteer);
        _openGold = _gold[k];
        return _openGold.Length;
    }

    public override int Gold(int position) => _openGold[position];

    public override int Features(int position, int previous, int previous2, Span<ulong> features)
        => FeatureExtractor.Extract(_sentence, position, previous, previous2, _history, features, _groups);

    public override void Labeled(ReadOnlySpan<int> labels)
    {
        if (_history is not null)
        {
            EntityTagger.Record(_sentence, labels, _history);
        }
    }
}
