using Claimline.Model;
using Claimline.Text;
using Claimline.Time.Finders;
using Claimline.Time.Refiners;

namespace Claimline.Time;

/// <summary>
/// The time stage's engine: for each sentence, the rule matcher proposes expressions, the modifier refiner widens
/// them over their modifiers; then, over the whole document in order, the anchoring refiner resolves their values
/// against the document date and the running reference time; last, each sentence gets its statement time.
/// Loaded once (<see cref="English"/>) and shared: all per-document state lives in locals.
/// </summary>
public sealed class TimeTagger
{
    internal const string RulesFile = "Time/Resources/en/rules.txt";

    private static readonly Lazy<TimeTagger> s_english = new(() => Load(RulesFile));

    private readonly TimeClasses _classes;
    private readonly TimeTokenView _view;
    private readonly RuleMatcher _matcher;
    private readonly ModifierRefiner _modifiers;
    private readonly TenseDetector _tense;
    private readonly AnchorRefiner _anchor = new();

    private TimeTagger(TimeClasses classes, TimeTokenView view, RuleMatcher matcher, ModifierRefiner modifiers)
    {
        _classes = classes;
        _view = view;
        _matcher = matcher;
        _modifiers = modifiers;
        _tense = new TenseDetector(classes);
    }

    /// <summary>The English rules and word lists, loaded on first use.</summary>
    public static TimeTagger English => s_english.Value;

    internal IReadOnlyList<TimeRule> Rules => _matcher.Rules;

    internal static TimeTagger Load(string rulesPath)
    {
        var classes = new TimeClasses();
        var rules = TimeRuleFile.Parse(rulesPath, classes);
        var literals = rules.SelectMany(r => r.Elements).SelectMany(e => e.Atoms).Where(a => a.Kind == AtomKind.Literal).Select(a => a.Text);
        var lexicon = TimeLexicon.Load(classes, literals.Append("-"));
        var view = new TimeTokenView(lexicon);
        return new TimeTagger(classes, view, new RuleMatcher(rules, lexicon, view), ModifierRefiner.Load());
    }

    /// <summary>
    /// Finds and normalizes the time expressions of a text and the reference time of each sentence. Besides the
    /// sentences, <paramref name="extraRegions"/> (datelines: <c>WASHINGTON, Aug. 8 (AP) --</c>) are searched too.
    /// </summary>
    public (List<TimeExpression> Times, List<SentenceTime> SentenceTimes) Tag(
        string text, Layer<Token> tokens, Layer<Sentence> sentences, DateOnly? dct, IReadOnlyList<TextSpan>? extraRegions = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var regions = Regions(tokens, sentences, extraRegions);

        // One region (a sentence or a dateline) at a time: the rules, modifiers, tense and statement time never look
        // outside it, so its view of the tokens is all that is held (a view of the whole document costs about 50 bytes
        // per token). Anchors are resolved in text order, as the anchor state requires.
        var view = new List<TimeToken>(64);
        var inRegion = new List<TimexCandidate>();
        var scratch = _matcher.CreateScratch();
        var tokenSpan = tokens.AsSpan();
        var state = new AnchorRefiner.State(dct);
        var times = new List<TimeExpression>();
        var sentenceTimes = new List<SentenceTime>(sentences.Count);
        var dctValue = dct is { } d ? TimexCalendar.Format(d, Granularity.Day) : null;
        for (var r = 0; r < regions.Count; r++)
        {
            view.Clear();
            foreach (var token in tokenSpan.Slice(regions[r].FirstToken, regions[r].TokenCount))
            {
                _view.Add(text, token, view);
            }

            var range = (Start: 0, End: view.Count);
            inRegion.Clear();
            _matcher.Find(text, view, range.Start, range.End, r, scratch, inRegion);
            if (inRegion.Count > 0)
            {
                _modifiers.Refine(text, view, range, inRegion);
            }

            var firstTime = times.Count;
            foreach (var c in inRegion)
            {
                var (value, anchor) = _anchor.Resolve(c.Value, c.Type, state, () => _tense.Detect(text, view, range.Start, range.End, c.TokenStart, c.TokenEnd, deadlines: IsDeadlineShaped(c.Value)));
                times.Add(new TimeExpression(c.Span, c.Type, value, c.Mod, c.Rule.Id, anchor));
            }

            if (regions[r].Sentence is var sentence and >= 0)
            {
                var best = StatementTime(view, range, inRegion, times, firstTime);
                sentenceTimes.Add(best >= 0
                    ? new SentenceTime(sentences[sentence].Span, times[best].Value, "statement", best)
                    : new SentenceTime(sentences[sentence].Span, dctValue, "dct"));
            }
        }

        return (times, sentenceTimes);
    }

    /// <summary>
    /// Whether "by", "until" or "through" before the expression mean a deadline ahead: for dates and months without a
    /// year, and for a weekday with a clock time ("until 9 a.m. Tuesday"); a bare weekday after them is as often a
    /// past story's ("until Thursday, they had not called him a suspect").
    /// </summary>
    private static bool IsDeadlineShaped(string value)
        => value.StartsWith("XXXX-", StringComparison.Ordinal)
            || (value.StartsWith("WD(", StringComparison.Ordinal) && value.Contains(")T", StringComparison.Ordinal) && char.IsAsciiDigit(value[^1]));

    /// <summary>The sentences and the extra regions as token ranges, in text order; a region's <c>Sentence</c> is its sentence index, or -1.</summary>
    private static List<(int FirstToken, int TokenCount, int Sentence)> Regions(Layer<Token> tokens, Layer<Sentence> sentences, IReadOnlyList<TextSpan>? extra)
    {
        var regions = new List<(int FirstToken, int TokenCount, int Sentence)>(sentences.Count + (extra?.Count ?? 0));
        for (var s = 0; s < sentences.Count; s++)
        {
            regions.Add((sentences[s].FirstToken, sentences[s].TokenCount, s));
        }

        if (extra is { Count: > 0 })
        {
            foreach (var span in extra)
            {
                var first = tokens.FirstStartingAtOrAfter(span.Start);
                var last = first;
                while (last < tokens.Count && tokens[last].Span.End <= span.End)
                {
                    last++;
                }

                if (last > first)
                {
                    regions.Add((first, last - first, -1));
                }
            }

            regions.Sort(static (a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }

        return regions;
    }

    /// <summary>
    /// A sentence's statement time is the date attached to one of its speech verbs (<c>said Wednesday</c>,
    /// <c>told reporters on Thursday</c>, <c>Wednesday, he said</c>), the nearest one winning; else the document date.
    /// Returns the index in <paramref name="times"/> of that date (the region's times start at <paramref name="firstTime"/>), or -1.
    /// </summary>
    private int StatementTime(List<TimeToken> view, (int Start, int End) range, List<TimexCandidate> candidates, List<TimeExpression> times, int firstTime)
    {
        const int MaxAfter = 3, MaxBefore = 1;
        int best = -1, bestDistance = int.MaxValue;
        for (var j = 0; j < candidates.Count; j++)
        {
            var time = times[firstTime + j];
            if (time.Type is not ("DATE" or "TIME") || !TimexCalendar.TryParse(time.Value, out _, out _))
            {
                continue;
            }

            for (var p = range.Start; p < range.End; p++)
            {
                if (!view[p].Has(_classes.Speech))
                {
                    continue;
                }

                var distance = candidates[j].TokenStart > p ? candidates[j].TokenStart - p - 1 : p - candidates[j].TokenEnd;
                var limit = candidates[j].TokenStart > p ? MaxAfter : MaxBefore;
                if (distance <= limit && distance < bestDistance)
                {
                    best = firstTime + j;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }
}
