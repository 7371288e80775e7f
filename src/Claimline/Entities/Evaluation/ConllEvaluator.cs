using Claimline.Entities.Tagging;
using Claimline.Evaluation;

namespace Claimline.Entities.Evaluation;

/// <summary>
/// Scores chunk tags exactly as the CoNLL shared tasks' <c>conlleval</c> script (version 2004-01-26) does: a name
/// counts as correct only when its span and type match the gold name; a chunk starts at B-, at I- after O, or at a
/// change of type, and every sentence boundary closes all chunks. Feed sentences in order with <see cref="Add"/>.
/// Not thread-safe (it accumulates counts).
/// </summary>
public sealed class ConllEvaluator
{
    private readonly Dictionary<string, int> _correctByType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _goldByType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _guessedByType = new(StringComparer.Ordinal);
    private int _correct;
    private int _gold;
    private int _guessed;
    private int _tokens;
    private int _correctTags;
    private string _lastCorrect = "O";
    private string _lastCorrectType = "";
    private string _lastGuessed = "O";
    private string _lastGuessedType = "";
    private bool _inCorrect;

    /// <summary>Adds one sentence: gold and guessed tags, one per token, such as <c>B-PER</c>, <c>I-PER</c>, <c>O</c>.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> guessed)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(guessed);
        if (gold.Count != guessed.Count)
        {
            throw new ArgumentException($"gold has {gold.Count} tags but guessed has {guessed.Count}", nameof(guessed));
        }

        // The state carries over sentences as in conlleval; the boundary line after each sentence counts as O O.
        var (lastCorrect, lastCorrectType, lastGuessed, lastGuessedType) = (_lastCorrect, _lastCorrectType, _lastGuessed, _lastGuessedType);
        var inCorrect = _inCorrect;
        for (var i = 0; i <= gold.Count; i++)
        {
            var boundary = i == gold.Count;
            var (correct, correctType) = boundary ? ("O", "") : IobTags.Split(gold[i]);
            var (guess, guessType) = boundary ? ("O", "") : IobTags.Split(guessed[i]);

            var correctEnds = EndOfChunk(lastCorrect, correct, lastCorrectType, correctType);
            var guessEnds = EndOfChunk(lastGuessed, guess, lastGuessedType, guessType);
            if (inCorrect)
            {
                if (correctEnds && guessEnds && lastGuessedType == lastCorrectType)
                {
                    inCorrect = false;
                    _correct++;
                    Increment(_correctByType, lastCorrectType);
                }
                else if (correctEnds != guessEnds || guessType != correctType)
                {
                    inCorrect = false;
                }
            }

            var correctStarts = StartOfChunk(lastCorrect, correct, lastCorrectType, correctType);
            var guessStarts = StartOfChunk(lastGuessed, guess, lastGuessedType, guessType);
            if (correctStarts && guessStarts && guessType == correctType)
            {
                inCorrect = true;
            }

            if (correctStarts)
            {
                _gold++;
                Increment(_goldByType, correctType);
            }

            if (guessStarts)
            {
                _guessed++;
                Increment(_guessedByType, guessType);
            }

            if (!boundary)
            {
                if (correct == guess && guessType == correctType)
                {
                    _correctTags++;
                }

                _tokens++;
            }

            (lastCorrect, lastCorrectType, lastGuessed, lastGuessedType) = (correct, correctType, guess, guessType);
        }

        (_lastCorrect, _lastCorrectType, _lastGuessed, _lastGuessedType, _inCorrect) = (lastCorrect, lastCorrectType, lastGuessed, lastGuessedType, inCorrect);
    }

    /// <summary>The scores so far: overall and per type (types in ordinal order, as conlleval sorts them).</summary>
    public ConllScore Result()
    {
        // conlleval counts a chunk still open at the end of the input as correct.
        var correctByType = new Dictionary<string, int>(_correctByType, StringComparer.Ordinal);
        var correct = _correct;
        if (_inCorrect)
        {
            correct++;
            Increment(correctByType, _lastCorrectType);
        }

        var types = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        foreach (var type in _goldByType.Keys.Concat(_guessedByType.Keys).Distinct())
        {
            types[type] = new Score(correctByType.GetValueOrDefault(type), _guessedByType.GetValueOrDefault(type), _goldByType.GetValueOrDefault(type));
        }

        return new ConllScore(new Score(correct, _guessed, _gold), types, _tokens, _correctTags);
    }

    internal static bool EndOfChunk(string prevTag, string tag, string prevType, string type)
        => (prevTag, tag) is ("B", "B") or ("B", "O") or ("I", "B") or ("I", "O") or ("E", "E") or ("E", "I") or ("E", "O")
            || (prevTag != "O" && prevTag != "." && prevType != type)
            || prevTag is "]" or "[";

    internal static bool StartOfChunk(string prevTag, string tag, string prevType, string type)
        => (prevTag, tag) is ("B", "B") or ("I", "B") or ("O", "B") or ("O", "I") or ("E", "E") or ("E", "I") or ("O", "E")
            || (tag != "O" && tag != "." && prevType != type)
            || tag is "[" or "]";

    private static void Increment(Dictionary<string, int> counts, string type)
        => counts[type] = counts.GetValueOrDefault(type) + 1;
}
