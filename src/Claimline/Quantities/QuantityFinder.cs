using Claimline.Model;
using Claimline.Text;
using Claimline.Time;

namespace Claimline.Quantities;

/// <summary>
/// Finds the quantities of a document, sentence by sentence, in one scan of the tokens: a number
/// (<see cref="NumberParser"/>), a range after it, percent or currency around it, the hedge and the change verb
/// before it, then what it counts (<see cref="CountedPhraseFinder"/>, else <see cref="SubjectPhraseFinder"/> from the
/// words before it) and where (<see cref="LocationFinder"/>);
/// numbers inside time expressions, labels (<c>No. 5</c>) and bare years are left out; finally numbers that refer
/// back inherit from their antecedent (<see cref="AnaphoraRefiner"/>).
/// </summary>
public sealed class QuantityFinder(QuantityLexicon lexicon)
{
    public static QuantityFinder English { get; } = new(QuantityLexicon.English);

    public IReadOnlyList<Quantity> Find(Document document)
    {
        var tokens = document.Get(Layers.Tokens);
        var sentences = document.Get(Layers.Sentences);
        var times = document.TryGet(Layers.Times, out var t) ? t : Layer<TimeExpression>.Empty;
        var view = new TokenView(document.Text, tokens.AsSpan());
        var found = new List<Quantity>();
        var refersBack = new List<bool>();
        MentionIndex? mentions = null;
        var previousStart = 0;
        foreach (var sentence in sentences)
        {
            var start = sentence.FirstToken;
            var end = start + sentence.TokenCount;
            for (var i = start; i < end; i++)
            {
                var kind = view[i].Kind;
                if (kind != TokenKind.Number && kind != TokenKind.Word)
                {
                    continue;
                }

                if (kind == TokenKind.Word && !MayStartNumber(view.Word(i)))
                {
                    continue;
                }

                mentions ??= new MentionIndex(document.TryGet(Layers.Referents, out var r) ? r : []);
                if (TryQuantity(view, i, start, end, previousStart, times, mentions, out var quantity, out var back, out var next))
                {
                    // "rose to 4.6% from 4.1%", "up from 19", "about 260 vessels, compared with fewer than 200": the
                    // starting point or the comparison counts what the figure before it in the sentence counts.
                    if ((quantity.Counted is null || IsVerbForm(quantity.Counted)) && found.Count > 0
                        && found[^1] is { Counted: not null } changed && changed.Span.Start >= view[start].Span.Start
                        && (changed.Change != ChangeKind.None ? Precedes(view, quantity, start, "from") : Compares(view, quantity, start)))
                    {
                        quantity = quantity with { Counted = changed.Counted, CountedEntities = changed.CountedEntities, Location = quantity.Location ?? changed.Location };
                        back = false;
                    }

                    found.Add(quantity);
                    refersBack.Add(back);
                    i = next - 1;
                }
            }

            previousStart = start;
        }

        AnaphoraRefiner.Refine(found, refersBack);
        return found;
    }

    /// <summary>A counted phrase that is one past participle or gerund ("19 reported"): a verb, not a thing.</summary>
    private static bool IsVerbForm(CountedPhrase counted)
        => !counted.Text.Contains(' ', StringComparison.Ordinal) && (counted.Text.EndsWith("ed", StringComparison.Ordinal) || counted.Text.EndsWith("ing", StringComparison.Ordinal));

    /// <summary>Whether the word before the quantity's span (its first token) is <paramref name="word"/>.</summary>
    private static bool Precedes(in TokenView view, Quantity quantity, int start, string word)
    {
        var first = FirstToken(view, quantity, start);
        return first > start && view.Is(first - 1, word);
    }

    /// <summary>"compared with …", "compared to …", "versus …", "than …" right before the quantity.</summary>
    private static bool Compares(in TokenView view, Quantity quantity, int start)
    {
        var first = FirstToken(view, quantity, start);
        return first > start && (view.Is(first - 1, "versus") || view.Is(first - 1, "than")
            || (first - 1 > start && (view.Is(first - 1, "with") || view.Is(first - 1, "to")) && view.Is(first - 2, "compared")));
    }

    private static int FirstToken(in TokenView view, Quantity quantity, int start)
    {
        var k = start;
        while (k < view.Count && view[k].Span.Start < quantity.Span.Start)
        {
            k++;
        }

        return k;
    }

    /// <summary>A cheap first test on a word before the dictionaries: number words, a/an, no, vague plurals.</summary>
    private bool MayStartNumber(ReadOnlySpan<char> word)
        => word.Length > 1 || word is "a" or "A"
            ? lexicon.NumberWords.Contains(word) || lexicon.VaguePlurals.Contains(word)
                || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
                || word.Equals("no", StringComparison.Ordinal)
                || (word.IndexOf('-') > 0 && lexicon.NumberWords.Contains(word[..word.IndexOf('-')]))
            : false;

    private bool TryQuantity(
        in TokenView view, int i, int start, int end, int previousStart, Layer<TimeExpression> times, MentionIndex mentions,
        out Quantity quantity, out bool refersBack, out int next)
    {
        quantity = null!;
        refersBack = false;
        next = i + 1;

        var negated = false;
        ParsedNumber number;
        if (view.Word(i).Equals("no", StringComparison.Ordinal))
        {
            if (!IsExistentialNo(view, i, start))
            {
                return false;
            }

            negated = true;
            number = new ParsedNumber(i, i + 1, 0, 0, 0, 1, false, false, false, null, "denial");
        }
        else if (!NumberParser.TryParse(view, i, end, lexicon, out number))
        {
            return false;
        }

        if (InTime(times, view[i].Span) || (i > start && lexicon.LabelWords.Contains(view.Word(i - 1).ToString())) || IsLabelSign(view, i, start))
        {
            return false;
        }

        var stop = number.End;
        double? value = number.Value;
        double low = number.Low, high = number.High;
        var rule = number.Rule;
        var ranged = number.Value is null && number.Rule != "vague";

        // A range: "10,000 to 12,000", "11 to 12,000" (11,000-12,000), "5-7", "between 5 and 7".
        var between = i > start && view.Is(i - 1, "between");
        if (!negated && stop + 1 < end && (view.Is(stop, "to") || view[stop].Kind == TokenKind.Dash || view.Word(stop) is "-" || (between && view.Is(stop, "and")))
            && view[stop + 1].Kind == TokenKind.Number && NumberParser.TryParse(view, stop + 1, end, lexicon, out var second) && second.Value is { } secondValue
            && number.Value is { } firstValue)
        {
            var scaledFirst = firstValue;
            if (!number.Scaled && second.Magnitude > 1 && firstValue < 1000 && firstValue * second.Magnitude <= secondValue && firstValue * second.Magnitude * 10 >= secondValue)
            {
                scaledFirst = firstValue * second.Magnitude;
            }

            if (scaledFirst <= secondValue)
            {
                (value, low, high, stop, rule, ranged) = (null, scaledFirst, secondValue, second.End, rule + ".range", true);
            }
        }

        // Percent and money.
        var qkind = QuantityKind.Count;
        string? unit = null;
        var spanStart = i;
        if (stop < end && (view.Word(stop) is "%" || view.Is(stop, "percent") || view.Is(stop, "pct")))
        {
            (qkind, unit, stop) = (QuantityKind.Percent, "%", stop + 1);
        }
        else if (stop + 1 < end && view.Is(stop, "per") && view.Is(stop + 1, "cent"))
        {
            (qkind, unit, stop) = (QuantityKind.Percent, "%", stop + 2);
        }
        else if (i > start && lexicon.CurrenciesBefore.TryGet(view.Word(i - 1), out var before))
        {
            (qkind, unit, spanStart) = (QuantityKind.Money, before, i - 1);
            if (spanStart > start && view.Word(i - 1) is "$" && view.Word(i - 2) is "US")
            {
                spanStart--;
            }
        }
        else if (stop < end && view.IsWord(stop) && lexicon.CurrenciesAfter.TryGet(view.Word(stop), out var after))
        {
            (qkind, unit, stop) = (QuantityKind.Money, after.Code, stop + 1);
            if (after.Factor != 1)
            {
                // "40 cents" is 0.40 dollars: money is kept in the currency's own unit.
                (value, low, high) = (value * after.Factor, low * after.Factor, high * after.Factor);
            }
        }

        if (between)
        {
            spanStart--;
        }

        var qualifier = ranged ? Qualifier.Range : number.Implied ?? Qualifier.Exact;
        if (!between && QualifierNormalizer.TryFind(view, spanStart, start, lexicon, out var hedge, out var hedgeStart))
        {
            (qualifier, spanStart) = (hedge, hedgeStart);
        }

        var (change, basis, verb) = Change(view, spanStart, start);

        // What is counted: the phrase after the number (after "of" for vague plurals and percents).
        CountedPhrase? counted = null;
        var countedEnd = stop;
        if (stop < end && view[stop].Kind == TokenKind.Word && lexicon.HeadExclusions.Contains(view.Word(stop)))
        {
            return false;
        }

        if (qkind != QuantityKind.Money)
        {
            var from = stop;
            if ((number.Rule == "vague" || qkind == QuantityKind.Percent) && view.Is(from, "of"))
            {
                from++;
            }
            else if (!number.LoneOne && view.Is(from, "of") && view.Is(from + 1, "the"))
            {
                // "at least 45 of the ships": a part of a set counts the set's things.
                from += 2;
            }
            else if (view.Is(from, "more") && from + 1 < end && view.IsWord(from + 1) && !lexicon.StopWords.Contains(view.Word(from + 1)))
            {
                // "eight more bodies"
                from++;
            }
            else if (qkind == QuantityKind.Percent)
            {
                from = end;
            }

            counted = from < end ? CountedPhraseFinder.Find(view, from, end, lexicon, out countedEnd) : null;
            countedEnd = counted is null ? stop : countedEnd;
        }
        else if (stop + 1 < end && (view.Is(stop, "in") || view.Is(stop, "of")) && view.IsWord(stop + 1) && char.IsLower(view.Word(stop + 1)[0])
            && !lexicon.StopWords.Contains(view.Word(stop + 1)))
        {
            // "$1.4 billion in humanitarian aid", "$5 million of loans": what the money is (a capitalized word is a place).
            counted = CountedPhraseFinder.Find(view, stop + 1, end, lexicon, out countedEnd);
            countedEnd = counted is null ? stop : countedEnd;
        }

        // Nothing after the number says what it counts: the words before it may ("the number of X … at N", "X rose to N").
        if (counted is null && !negated)
        {
            counted = SubjectPhraseFinder.NumberOf(view, spanStart, start, lexicon, out var afterOf);
            if (counted is not null)
            {
                countedEnd = afterOf;
            }
            else if (verb >= 0 && !RefersBack(view, spanStart, start))
            {
                counted = SubjectPhraseFinder.SubjectOf(view, verb, start, lexicon);
            }
        }

        // "45 years old", "six months old": an age describes someone; it counts nothing.
        if (counted is not null && counted.Text.EndsWith(" old", StringComparison.OrdinalIgnoreCase)
            && CountedPhraseFinder.Lemma(counted.Text[..^4].Split(' ')[^1]) is "year" or "month" or "week" or "day")
        {
            return false;
        }

        if (negated && counted is null)
        {
            return false;
        }

        // A lone "one" is a pronoun more often than a count; a bare year-shaped number is a year.
        if (number.LoneOne && counted is null)
        {
            return false;
        }

        if (number.YearShaped && qkind == QuantityKind.Count && (counted is null || counted.Lemma == counted.Head.ToLowerInvariant()))
        {
            return false;
        }

        var location = counted is null && qkind != QuantityKind.Count
            ? null
            : LocationFinder.Find(view, countedEnd, end, spanStart, previousStart, lexicon, mentions);
        refersBack = counted is null && qkind == QuantityKind.Count && (RefersBack(view, spanStart, start) || change != ChangeKind.None);

        var span = new TextSpan(view[spanStart].Span.Start, view[stop - 1].Span.End);
        var entities = counted is null ? [] : mentions.KeysWithin(counted.Span);
        quantity = new Quantity(span, value, low, high, qkind, unit, qualifier, change, basis, counted, entities, location, false, -1, negated, rule);
        next = stop;
        return true;
    }

    /// <summary>"there are no …", "there were still no …": a denial, not the word "no" in general.</summary>
    private static bool IsExistentialNo(in TokenView view, int i, int start)
    {
        for (var k = i - 1; k >= start && k >= i - 3; k--)
        {
            if (view.Is(k, "there"))
            {
                return k < i - 1;
            }
        }

        return false;
    }

    /// <summary>"#5", "§ 3": a sign that makes the number a label.</summary>
    private static bool IsLabelSign(in TokenView view, int i, int start)
        => i > start && view[i - 1].Kind == TokenKind.Symbol && view.Word(i - 1) is "#" or "§";

    private static bool InTime(Layer<TimeExpression> times, TextSpan span)
    {
        // Time expressions rarely nest; the few that start before the token are checked backwards.
        var k = times.FirstStartingAtOrAfter(span.Start + 1) - 1;
        for (var steps = 0; k >= 0 && steps < 4; k--, steps++)
        {
            if (times[k].Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The change verb before <c>to</c>/<c>by</c>/<c>at</c> (or right before the number for set-to verbs).</summary>
    private (ChangeKind Kind, ChangeBasis Basis, int Verb) Change(in TokenView view, int at, int start)
    {
        var k = at - 1;
        var basis = ChangeBasis.To;
        if (k >= start && (view.Is(k, "to") || view.Is(k, "by") || view.Is(k, "at")))
        {
            basis = view.Is(k, "by") ? ChangeBasis.By : ChangeBasis.To;
            k--;
        }

        if (k >= start && view.IsWord(k) && view.Word(k).EndsWith("ly", StringComparison.Ordinal) && !lexicon.ChangeVerbs.Contains(view.Word(k)))
        {
            k--;
        }

        if (k >= start && view.IsWord(k) && lexicon.ChangeVerbs.TryGet(view.Word(k), out var change))
        {
            var direct = k == at - 1;
            if (direct && change != ChangeKind.SetTo)
            {
                return (ChangeKind.None, ChangeBasis.None, -1);
            }

            return (change, basis, k);
        }

        return (ChangeKind.None, ChangeBasis.None, -1);
    }

    /// <summary>"the number …", "the figure …" before the number in its sentence, with no other number between.</summary>
    private bool RefersBack(in TokenView view, int at, int start)
    {
        for (var k = at - 1; k > start && k >= at - 12; k--)
        {
            if (view[k].Kind == TokenKind.Number)
            {
                return false;
            }

            if (view.IsWord(k) && lexicon.Anaphors.Contains(view.Word(k))
                && (view.Is(k - 1, "the") || view.Is(k - 1, "that") || view.Is(k - 1, "this")) && !view.Is(k + 1, "of"))
            {
                return true;
            }
        }

        return false;
    }
}
