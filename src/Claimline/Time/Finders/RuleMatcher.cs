using System.Numerics;
using Claimline.Model;

namespace Claimline.Time.Finders;

/// <summary>
/// Runs the rules over the tokens of a sentence, leftmost-longest: at each token it tries the rules that can start
/// there (found through an index by first word or class, so most tokens cost one array read), keeps the match whose
/// span starts first and ends last (the earlier rule on a tie), and continues after it. Rules typed REMOVE consume
/// their match without proposing anything. Patterns are short and their optional parts few, so the backtracking
/// over them is bounded by the rule, not by the text.
/// </summary>
internal sealed class RuleMatcher
{
    private readonly TimeRule[] _rules;
    private readonly int[][] _byLiteral;
    private readonly int[][] _byClass;
    private readonly TimeClasses _c;
    private readonly TimeTokenView _view;
    private readonly int _maxElements;
    private readonly int _maxSlots;
    private readonly int _of;

    public RuleMatcher(IReadOnlyList<TimeRule> rules, TimeLexicon lexicon, TimeTokenView view)
    {
        _c = lexicon.Classes;
        _view = view;
        _of = lexicon.LiteralId("of");
        _rules = rules.Select(r => r with { Elements = r.Elements.Select(e => e with { Atoms = e.Atoms.Select(a => a.Kind == AtomKind.Literal ? a with { Id = lexicon.LiteralId(a.Text) } : a).ToArray() }).ToArray() }).ToArray();
        var byLiteral = new Dictionary<int, List<int>>();
        var byClass = new List<int>[_c.Count];
        for (var r = 0; r < _rules.Length; r++)
        {
            foreach (var element in _rules[r].Elements)
            {
                if (element.Negative)
                {
                    continue;
                }

                foreach (var atom in element.Atoms)
                {
                    switch (atom.Kind)
                    {
                        case AtomKind.Literal:
                            Add(byLiteral, atom.Id, r);
                            break;
                        case AtomKind.Class:
                            (byClass[atom.Id] ??= []).Add(r);
                            break;
                        default:
                            (byClass[_c.Num] ??= []).Add(r);
                            (byClass[_c.Digits] ??= []).Add(r);
                            break;
                    }
                }

                if (!element.Optional)
                {
                    break;
                }
            }
        }

        var literalCount = byLiteral.Count == 0 ? 0 : byLiteral.Keys.Max() + 1;
        _byLiteral = new int[literalCount][];
        for (var i = 0; i < literalCount; i++)
        {
            _byLiteral[i] = byLiteral.TryGetValue(i, out var list) ? [.. list.Distinct()] : [];
        }

        _byClass = byClass.Select(l => l is null ? [] : l.Distinct().ToArray()).ToArray();
        _maxElements = _rules.Max(r => r.Elements.Length);
        _maxSlots = Math.Max(1, _rules.Max(r => r.CaptureNames.Length));
    }

    public IReadOnlyList<TimeRule> Rules => _rules;

    /// <summary>Per-document scratch space (the matcher itself is shared between threads).</summary>
    public Scratch CreateScratch() => new(_rules.Length, _maxElements, _maxSlots);

    /// <summary>Adds the candidates found in <paramref name="tokens"/> (one sentence) to <paramref name="output"/>.</summary>
    public void Find(string text, List<TimeToken> tokens, int first, int end, int sentence, Scratch scratch, List<TimexCandidate> output)
    {
        var i = first;
        while (i < end)
        {
            var token = tokens[i];
            if (token.Mask == 0 && token.Literal < 0)
            {
                i++;
                continue;
            }

            scratch.Stamp++;
            TimeRule? bestRule = null;
            int bestStart = int.MaxValue, bestEnd = -1;
            string? bestValue = null;
            if (token.Literal >= 0 && token.Literal < _byLiteral.Length)
            {
                foreach (var r in _byLiteral[token.Literal])
                {
                    Try(r);
                }
            }

            var mask = token.Mask;
            while (mask != 0)
            {
                var c = BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                foreach (var r in _byClass[c])
                {
                    Try(r);
                }
            }

            if (bestRule is null)
            {
                i++;
                continue;
            }

            if (!bestRule.Removes)
            {
                var span = new TextSpan(tokens[bestStart].Start, tokens[bestEnd - 1].End);
                output.Add(new TimexCandidate(sentence, bestStart, bestEnd, span, bestRule, bestValue!, bestRule.Type, bestRule.Mod));
            }

            i = Math.Max(i + 1, bestEnd);

            void Try(int r)
            {
                if (scratch.Tried[r] == scratch.Stamp)
                {
                    return;
                }

                scratch.Tried[r] = scratch.Stamp;
                var rule = _rules[r];
                Array.Fill(scratch.CaptureStart, -1, 0, rule.CaptureNames.Length);
                if (Match(rule, 0, i, tokens, end, scratch) < 0)
                {
                    return;
                }

                var spanStart = scratch.Position[rule.SpanStart];
                var spanEnd = scratch.Position[rule.SpanEnd];

                // An optional comma that matched at an edge ("{weekday}? ,? {month}" without the weekday) is not part of the expression.
                while (spanStart < spanEnd && tokens[spanStart].Kind == TimeTokenKind.Other)
                {
                    spanStart++;
                }

                while (spanEnd > spanStart && tokens[spanEnd - 1].Kind == TimeTokenKind.Other)
                {
                    spanEnd--;
                }

                if (spanEnd <= spanStart || spanStart > bestStart || (spanStart == bestStart && spanEnd <= bestEnd))
                {
                    return;
                }

                bestRule = rule;
                bestStart = spanStart;
                bestEnd = spanEnd;
                bestValue = rule.Removes ? null : rule.Value.Fill(slot => Norm(text, tokens, scratch, slot));
            }
        }
    }

    /// <summary>Matches elements from <paramref name="e"/> at token <paramref name="t"/>; returns the end token or -1.</summary>
    private int Match(TimeRule rule, int e, int t, List<TimeToken> tokens, int end, Scratch scratch)
    {
        scratch.Position[e] = t;
        if (e == rule.Elements.Length)
        {
            return t;
        }

        var element = rule.Elements[e];
        if (element.Negative)
        {
            foreach (var atom in element.Atoms)
            {
                if (t < end && AtomLength(atom, tokens, t, end) > 0)
                {
                    return -1;
                }
            }

            return Match(rule, e + 1, t, tokens, end, scratch);
        }

        foreach (var atom in element.Atoms)
        {
            var length = t < end ? AtomLength(atom, tokens, t, end) : 0;
            if (length == 0)
            {
                continue;
            }

            if (atom.Slot >= 0)
            {
                scratch.CaptureStart[atom.Slot] = t;
                scratch.CaptureLength[atom.Slot] = length;
                scratch.CaptureClass[atom.Slot] = atom.Kind == AtomKind.Int ? -1 : atom.Id;
            }

            var result = Match(rule, e + 1, t + length, tokens, end, scratch);
            if (result >= 0)
            {
                return result;
            }

            if (atom.Slot >= 0)
            {
                scratch.CaptureStart[atom.Slot] = -1;
            }
        }

        if (element.Optional)
        {
            scratch.Position[e] = t;
            return Match(rule, e + 1, t, tokens, end, scratch);
        }

        return -1;
    }

    private int AtomLength(in PatternAtom atom, List<TimeToken> tokens, int t, int end)
    {
        var token = tokens[t];
        return atom.Kind switch
        {
            AtomKind.Literal => token.Literal == atom.Id && atom.Id >= 0 ? 1 : 0,
            AtomKind.Class => token.Has(atom.Id) ? 1 : 0,
            _ => IntLength(tokens, t, end, out _),
        };
    }

    /// <summary>A cardinal at <paramref name="t"/>: digits, or number words (twenty-four, a hundred, a few, several).</summary>
    private int IntLength(List<TimeToken> tokens, int t, int end, out string? value)
    {
        value = null;
        var token = tokens[t];
        if (token.Has(_c.Digits))
        {
            return 1;
        }

        if (!token.Has(_c.Num))
        {
            return 0;
        }

        var norm = token.Norm(_c.Num)!;
        if (norm == "X")
        {
            value = "X";
            return 1;
        }

        var n = int.Parse(norm, System.Globalization.CultureInfo.InvariantCulture);
        var length = 1;
        if (n == 1 && t + 1 < end && tokens[t + 1].Has(_c.Num) && tokens[t + 1].Norm(_c.Num) is "X" or "2")
        {
            // a few, a couple (of)
            value = tokens[t + 1].Norm(_c.Num);
            return t + 2 < end && value == "2" && _of >= 0 && tokens[t + 2].Literal == _of ? 3 : 2;
        }

        if (n is >= 20 and < 100 && n % 10 == 0)
        {
            var next = t + 1;
            if (next < end && tokens[next].Kind == TimeTokenKind.Hyphen)
            {
                next++;
            }

            if (next < end && tokens[next].Has(_c.Num) && tokens[next].Norm(_c.Num) is { Length: 1 } unit && unit[0] is >= '1' and <= '9')
            {
                n += unit[0] - '0';
                length = next + 1 - t;
            }
        }

        if (t + length < end && tokens[t + length].Norm(_c.Num) is "100" or "1000" && n < 100)
        {
            n *= int.Parse(tokens[t + length].Norm(_c.Num)!, System.Globalization.CultureInfo.InvariantCulture);
            length++;
        }

        value = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return length;
    }

    private string? Norm(string text, List<TimeToken> tokens, Scratch scratch, int slot)
    {
        var start = scratch.CaptureStart[slot];
        if (start < 0)
        {
            return null;
        }

        var token = tokens[start];
        var classId = scratch.CaptureClass[slot];
        if (classId < 0)
        {
            IntLength(tokens, start, start + scratch.CaptureLength[slot], out var value);
            return value ?? _view.BuiltInNorm(_c.Digits, text.AsSpan(token.Start, token.End - token.Start), token.Number);
        }

        return _c.IsBuiltIn(classId)
            ? _view.BuiltInNorm(classId, text.AsSpan(token.Start, token.End - token.Start), token.Number)
            : token.Norm(classId);
    }

    private static void Add(Dictionary<int, List<int>> index, int key, int rule)
    {
        if (key < 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(rule);
    }

    /// <summary>Working arrays for one document.</summary>
    internal sealed class Scratch(int rules, int maxElements, int maxSlots)
    {
        public int[] Tried { get; } = new int[rules];

        public int Stamp { get; set; }

        public int[] Position { get; } = new int[maxElements + 1];

        public int[] CaptureStart { get; } = new int[maxSlots];

        public int[] CaptureLength { get; } = new int[maxSlots];

        public int[] CaptureClass { get; } = new int[maxSlots];
    }
}
