using Claimline.Model;

namespace Claimline.Entities.Coreference;

/// <summary>
/// What a sweep knows of each referent at the current point of the article: where it was last mentioned (sentence,
/// paragraph, span), whether that mention was a subject or a speaker, how often it has been mentioned in the story, and
/// a person's gender as learned so far. Mentions of another story are forgotten (a multi-story file never links across
/// stories). Candidates are found by walking the mentions back from the newest, so each anaphor costs at most
/// <see cref="MaxLookBack"/> steps however long the article is.
/// </summary>
internal sealed class Salience
{
    /// <summary>How many mentions an anaphor may look back over (a long wire story has a few hundred).</summary>
    public const int MaxLookBack = 400;

    private readonly int[] _lastSentence;
    private readonly int[] _lastParagraph;
    private readonly int[] _count;
    private readonly TextSpan[] _lastSpan;
    private readonly bool[] _lastSubject;
    private readonly bool[] _lastSpeaker;
    private readonly int[] _stamp;
    private readonly List<int> _recent = [];
    private int _stampNow;
    private int _story = int.MinValue;

    public Salience(Gender[] genders)
    {
        var n = genders.Length;
        Genders = genders;
        _lastSentence = new int[n];
        _lastParagraph = new int[n];
        _count = new int[n];
        _lastSpan = new TextSpan[n];
        _lastSubject = new bool[n];
        _lastSpeaker = new bool[n];
        _stamp = new int[n];
    }

    /// <summary>Each person's gender: from the given-name list and honorifics, then from the he/she linked to them.</summary>
    public Gender[] Genders { get; }

    /// <summary>The sentence of the last plural people noun (<c>officials</c>), which <c>they</c> may mean instead of a body.</summary>
    public int LastPeopleNounSentence { get; private set; } = int.MinValue;

    /// <summary>Starts the story of <paramref name="o"/> if it is a new one: nothing before it can be linked to.</summary>
    public void Enter(in Occurrence o)
    {
        if (o.Story == _story)
        {
            return;
        }

        _story = o.Story;
        _recent.Clear();
        Array.Clear(_count);
        LastPeopleNounSentence = int.MinValue;
        LastPluralSentence = int.MinValue;
    }

    /// <summary>The sentence of the last plural after a determiner (<c>the lawyers</c>), which competes in its own sentence only.</summary>
    public int LastPluralSentence { get; private set; } = int.MinValue;

    public void PeopleNoun(in Occurrence o)
    {
        if (o.NearOnly)
        {
            LastPluralSentence = o.Sentence;
        }
        else
        {
            LastPeopleNounSentence = o.Sentence;
        }
    }

    /// <summary>Records a mention of <paramref name="referent"/> (a name or a linked anaphor).</summary>
    public void Mention(int referent, in Occurrence o)
    {
        // Within a sentence the roles add up: "Ruiz met her counterpart" leaves Ruiz the subject after "her".
        var sameSentence = _count[referent] > 0 && _lastSentence[referent] == o.Sentence;
        _lastSubject[referent] = o.Subject || (sameSentence && _lastSubject[referent]);
        _lastSpeaker[referent] = o.Speaker || (sameSentence && _lastSpeaker[referent]);
        _lastSentence[referent] = o.Sentence;
        _lastParagraph[referent] = o.Paragraph;
        _lastSpan[referent] = o.Span;
        _count[referent]++;
        _recent.Add(referent);
    }

    public int LastSentence(int referent) => _lastSentence[referent];

    public int LastParagraph(int referent) => _lastParagraph[referent];

    public TextSpan LastSpan(int referent) => _lastSpan[referent];

    public bool LastSubject(int referent) => _lastSubject[referent];

    public bool LastSpeaker(int referent) => _lastSpeaker[referent];

    public int Count(int referent) => _count[referent];

    /// <summary>The referents mentioned in this story, newest first, each once; stops at <paramref name="oldestSentence"/>.</summary>
    public IEnumerable<int> Candidates(int oldestSentence)
    {
        _stampNow++;
        var stamp = _stampNow;
        for (int i = _recent.Count - 1, steps = 0; i >= 0 && steps < MaxLookBack; i--, steps++)
        {
            var r = _recent[i];
            if (_stamp[r] == stamp)
            {
                continue;
            }

            _stamp[r] = stamp;
            if (_lastSentence[r] < oldestSentence)
            {
                yield break;
            }

            yield return r;
        }
    }
}
