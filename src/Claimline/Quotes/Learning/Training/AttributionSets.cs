using Claimline.Learning;

namespace Claimline.Quotes.Learning.Training;

/// <summary>The sentences of the examples, as cue-tagging sequences.</summary>
internal sealed class CueSequenceSet : SequenceSet
{
    private readonly List<(AttributionExample Example, int Index)> _items = [];
    private AttributionExample _example = null!;
    private (int First, int Last, int[] Labels) _sentence;

    private readonly HashSet<ulong> _cueWords;

    /// <param name="examples">The training examples.</param>
    /// <param name="cueWords">The words a cue may start with: the tagger is asked about them and about the word after a cue word (as when tagging); the others are O.</param>
    public CueSequenceSet(IReadOnlyList<AttributionExample> examples, HashSet<ulong> cueWords)
    {
        _cueWords = cueWords;
        foreach (var example in examples)
        {
            for (var s = 0; s < example.CueSentences.Count; s++)
            {
                _items.Add((example, s));
            }
        }
    }

    public override int Count => _items.Count;

    public override int MaxFeatures => AttributionFeatures.MaxFeatures;

    public override int Open(int k)
    {
        (_example, var index) = _items[k];
        _sentence = _example.CueSentences[index];
        return _sentence.Labels.Length;
    }

    public override int Gold(int position) => _sentence.Labels[position];

    public override int Forced(int position, int previous)
        => previous != AttributionLabels.Outside || _cueWords.Contains(_example.Traits.Word[_sentence.First + position]) ? -1 : AttributionLabels.Outside;

    public override int Features(int position, int previous, int previous2, Span<ulong> features)
        => AttributionFeatures.Cue(_example.Context, _example.Traits, _sentence.First, _sentence.Last, _sentence.First + position, previous, previous2, features);
}

/// <summary>The cues of the examples (gold and lexicon look-alikes), as role-tagging sequences over their windows.</summary>
internal sealed class RoleSequenceSet : SequenceSet
{
    private readonly List<(AttributionExample Example, RoleExample Role)> _items = [];
    private readonly RoleWindow _window = new();
    private AttributionExample _example = null!;
    private RoleExample _role = null!;

    public RoleSequenceSet(IReadOnlyList<AttributionExample> examples)
    {
        foreach (var example in examples)
        {
            foreach (var role in example.Roles)
            {
                _items.Add((example, role));
            }
        }
    }

    public override int Count => _items.Count;

    public override int MaxFeatures => AttributionFeatures.MaxFeatures;

    public override int Open(int k)
    {
        (_example, _role) = _items[k];
        _window.Prepare(_example.Context, _example.Traits, _role.SentenceFirst, _role.SentenceLast, _role.CueFirst, _role.CueLast);
        return _window.Length;
    }

    public override int Gold(int position) => _role.Labels[position];

    public override int Forced(int position, int previous)
    {
        var i = _window.First + position;
        return i >= _role.CueFirst && i <= _role.CueLast ? AttributionLabels.Outside : -1;
    }

    public override int Features(int position, int previous, int previous2, Span<ulong> features)
        => AttributionFeatures.Role(_example.Context, _example.Traits, _window, _window.First + position, previous, previous2, features);
}
