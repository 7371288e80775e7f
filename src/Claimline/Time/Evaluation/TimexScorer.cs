using Claimline.Evaluation;

namespace Claimline.Time.Evaluation;

/// <summary>
/// Scores time expressions the way the TempEval-3 scorer does (task A, timex part): an expression is found under
/// <b>strict</b> matching when its span equals a gold span and under <b>relaxed</b> matching when it overlaps one (each
/// gold expression matched once); <b>value</b> and <b>type</b> are attribute F1 over the relaxed matches: the matches
/// whose attribute equals the gold one, over the system count (precision) and the gold count (recall).
/// </summary>
public sealed class TimexScorer
{
    private readonly List<TimexError> _errors = [];
    private readonly Dictionary<string, TypeCounts> _byType = new(StringComparer.Ordinal);
    private Score _strict;
    private Score _relaxed;
    private Score _value;
    private Score _type;

    /// <summary>Adds one document: the system's expressions against the gold ones (both over the same text).</summary>
    public void Add(TimeMlDocument gold, IReadOnlyList<TimeExpression> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var goldItems = gold.Timexes;
        var strictUsed = new bool[goldItems.Count];
        var relaxedMatch = new int[system.Count];
        var relaxedUsed = new bool[goldItems.Count];
        int strict = 0, relaxed = 0, value = 0, type = 0;
        for (var s = 0; s < system.Count; s++)
        {
            var span = system[s].Span;
            for (var g = 0; g < goldItems.Count; g++)
            {
                if (!strictUsed[g] && goldItems[g].Span == span)
                {
                    strictUsed[g] = true;
                    strict++;
                    break;
                }
            }

            relaxedMatch[s] = -1;
            for (var g = 0; g < goldItems.Count; g++)
            {
                if (!relaxedUsed[g] && goldItems[g].Span.Overlaps(span))
                {
                    relaxedUsed[g] = true;
                    relaxedMatch[s] = g;
                    relaxed++;
                    break;
                }
            }
        }

        for (var s = 0; s < system.Count; s++)
        {
            var item = system[s];
            var g = relaxedMatch[s];
            if (g < 0)
            {
                _errors.Add(new TimexError(TimexErrorKind.Spurious, gold.Name, item.Span.Of(gold.Text), null, item));
                continue;
            }

            var expected = goldItems[g];
            var counts = Counts(expected.Type);
            counts.Found++;
            if (expected.Value == item.Value)
            {
                value++;
                counts.ValueCorrect++;
            }
            else
            {
                _errors.Add(new TimexError(TimexErrorKind.WrongValue, gold.Name, expected.Span.Of(gold.Text), expected, item));
            }

            if (expected.Type == item.Type)
            {
                type++;
            }
            else
            {
                _errors.Add(new TimexError(TimexErrorKind.WrongType, gold.Name, expected.Span.Of(gold.Text), expected, item));
            }
        }

        for (var g = 0; g < goldItems.Count; g++)
        {
            Counts(goldItems[g].Type).Gold++;
            if (!relaxedUsed[g])
            {
                _errors.Add(new TimexError(TimexErrorKind.Missed, gold.Name, goldItems[g].Span.Of(gold.Text), goldItems[g], null));
            }
        }

        _strict += new Score(strict, system.Count, goldItems.Count);
        _relaxed += new Score(relaxed, system.Count, goldItems.Count);
        _value += new Score(value, system.Count, goldItems.Count);
        _type += new Score(type, system.Count, goldItems.Count);
    }

    public Score Strict => _strict;

    public Score Relaxed => _relaxed;

    public Score Value => _value;

    public Score Type => _type;

    /// <summary>Per gold type: how many there are, how many were found (relaxed) and how many of those have the right value.</summary>
    public IReadOnlyDictionary<string, TypeCounts> ByType => _byType;

    public IReadOnlyList<TimexError> Errors => _errors;

    private TypeCounts Counts(string type)
    {
        if (!_byType.TryGetValue(type, out var counts))
        {
            counts = new TypeCounts();
            _byType[type] = counts;
        }

        return counts;
    }
}

/// <summary>Counts for one gold TIMEX3 type.</summary>
public sealed class TypeCounts
{
    public int Gold { get; internal set; }

    public int Found { get; internal set; }

    public int ValueCorrect { get; internal set; }
}

public enum TimexErrorKind
{
    /// <summary>A gold expression that nothing overlaps.</summary>
    Missed,

    /// <summary>A system expression that overlaps no gold one.</summary>
    Spurious,

    /// <summary>Found, with another value.</summary>
    WrongValue,

    /// <summary>Found, with another type.</summary>
    WrongType,
}

/// <summary>One disagreement with the gold, for the error list that rule writers tune on.</summary>
public sealed record TimexError(TimexErrorKind Kind, string Document, string Text, GoldTimex? Gold, TimeExpression? System);
