using Claimline.Model;
using Claimline.Syntax;
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
        // Built only if a "no" needs the part-of-speech tags (DeniesCount): most documents never ask.
        var tags = new Lazy<DocumentSyntax>(() => new DocumentSyntax(document), LazyThreadSafetyMode.None);
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
                if (TryQuantity(view, i, start, end, previousStart, times, mentions, tags, out var quantity, out var back, out var next))
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
                || word.Equals("no", StringComparison.OrdinalIgnoreCase)
                || word.Equals("half", StringComparison.OrdinalIgnoreCase)
                || GluedCurrency(word, out _, out _)
                || (word.IndexOf('-') > 0 && lexicon.NumberWords.Contains(word[..word.IndexOf('-')]))
            : false;

    private bool TryQuantity(
        in TokenView view, int i, int start, int end, int previousStart, Layer<TimeExpression> times, MentionIndex mentions, Lazy<DocumentSyntax> tags,
        out Quantity quantity, out bool refersBack, out int next)
    {
        quantity = null!;
        refersBack = false;
        next = i + 1;

        var negated = false;
        var share = false;
        ParsedNumber number;
        if (TryFraction(view, i, start, end, out number))
        {
            share = true;
        }
        else if (view.Word(i).Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            if (!(view.Word(i).Equals("no", StringComparison.Ordinal) && IsExistentialNo(view, i, start)) && !DeniesCount(view, i, end, tags))
            {
                return false;
            }

            negated = true;
            number = new ParsedNumber(i, i + 1, 0, 0, 0, 1, false, false, false, null, "denial");
        }
        else if (view[i].Kind == TokenKind.Word && GluedCurrency(view.Word(i), out _, out var codeLength))
        {
            // A one-letter sign (R1.2 billion, South African rand) is money only before a scale word: R2 is a road.
            if (!NumberParser.TryDigits(view, i, end, lexicon, out number, codeLength) || (codeLength == 1 && !number.Scaled))
            {
                return false;
            }
        }
        else if (!NumberParser.TryParse(view, i, end, lexicon, out number))
        {
            return false;
        }

        // A fraction after a hedge is a share even where the time stage read a duration (`less than a quarter`).
        if ((InTime(times, view[i].Span) && !share) || (i > start && lexicon.LabelWords.Contains(view.Word(i - 1).ToString())) || IsLabelSign(view, i, start)
            || IsAge(view, i, start, end, number) || IsNamePart(view, i, start, times, number) || IsDigitSequence(view, i, start, number)
            || IsScore(view, i, start, end))
        {
            return false;
        }

        // "nearly 1 in 5 farmers", "one in three homes": a share, in percent.
        if (!share && !negated && !number.Scaled && number.Value is >= 1 and var part && number.End + 1 < end && view.Is(number.End, "in")
            && NumberParser.TryParse(view, number.End + 1, end, lexicon, out var whole) && whole is { Scaled: false, Value: { } of } && of > part && of <= 1000)
        {
            var percent = Math.Round(100 * part / of, 1);
            (number, share) = (new ParsedNumber(i, whole.End, percent, percent, percent, 1, true, false, false, null, "ratio"), true);
        }

        var stop = number.End;
        double? value = number.Value;
        double low = number.Low, high = number.High;
        var rule = number.Rule;
        var ranged = number.Value is null && number.Rule != "vague";

        // A range: "10,000 to 12,000", "11 to 12,000" (11,000-12,000), "5-7", "between 5 and 7", "from $3 billion to
        // $7 billion", "between 60 billion dollars and 75 billion dollars", "$60 billion to as much as $90 billion".
        // The opener is the word before the number (and its currency sign); "rose from 3 to 7" is a change, not a range.
        var opener = i - 1;
        if (opener > start && lexicon.CurrenciesBefore.TryGet(view.Word(opener), out _))
        {
            opener--;
        }

        var changeFrom = opener >= start && view.Is(opener, "from") && AfterChange(view, opener, start);
        var between = opener >= start && opener < i && !changeFrom && (view.Is(opener, "between") || view.Is(opener, "from"));
        if (!negated && !changeFrom && number.Value is { } firstValue && TryRangeTop(view, stop, end, between && view.Is(opener, "between"), out var second, out _, out var topEnd))
        {
            var secondValue = second.Value!.Value;
            var scaledFirst = firstValue;
            if (!number.Scaled && second.Magnitude > 1 && firstValue < 1000 && firstValue * second.Magnitude <= secondValue && firstValue * second.Magnitude * 10 >= secondValue)
            {
                scaledFirst = NumberParser.Clean(firstValue * second.Magnitude);
            }

            if (scaledFirst <= secondValue)
            {
                (value, low, high, stop, rule, ranged) = (null, scaledFirst, secondValue, topEnd, rule + ".range", true);
            }
        }
        else if (view.Is(opener, "from") && between)
        {
            between = false;
        }

        // Percent and money.
        var qkind = QuantityKind.Count;
        string? unit = null;
        var spanStart = i;
        if (share)
        {
            (qkind, unit) = (QuantityKind.Percent, "%");
        }
        else if (stop < end && (view.Word(stop) is "%" || view.Is(stop, "percent") || view.Is(stop, "pct")))
        {
            (qkind, unit, stop) = (QuantityKind.Percent, "%", stop + 1);
        }
        else if (stop + 1 < end && view.Is(stop, "per") && view.Is(stop + 1, "cent"))
        {
            (qkind, unit, stop) = (QuantityKind.Percent, "%", stop + 2);
        }
        else if (view[i].Kind == TokenKind.Word && GluedCurrency(view.Word(i), out var glued, out _))
        {
            (qkind, unit) = (QuantityKind.Money, glued);
        }
        else if (i - 1 > start && view[i - 2].Span.End == view[i - 1].Span.Start
                 && lexicon.CurrenciesBefore.TryGet(string.Concat(view.Word(i - 2), view.Word(i - 1)), out var prefixed))
        {
            // A country's letters glued to a sign name the currency: `NZ$40`, `HK$ 2m`, `S/40`, `GH¢40`, `US$40`.
            (qkind, unit, spanStart) = (QuantityKind.Money, prefixed, i - 2);
        }
        else if (i > start && lexicon.CurrenciesBefore.TryGet(view.Word(i - 1), out var before))
        {
            (qkind, unit, spanStart) = (QuantityKind.Money, before, i - 1);
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

        if (between && ranged)
        {
            spanStart = Math.Min(spanStart, opener);
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
                // "half of the villages": the share counts the villages.
                from += share && view.Is(from + 1, "the") ? 2 : 1;
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
            else if (qkind == QuantityKind.Percent && number.Rule != "ratio")
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
        if (number.LoneOne && counted is null && !share)
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

    /// <summary>
    /// The second number of a range that starts after the first number's tokens at <paramref name="stop"/>: a
    /// currency word or percent sign after the first (<c>60 billion dollars and …</c>, <c>between 5% and 8%</c>), the joining word (<c>to</c>, a dash, or <c>and</c>
    /// after <c>between</c>), a hedge on the top (<c>as much as</c>), a currency sign, the number, and the currency word
    /// after it when the first had one. <paramref name="topEnd"/> is where the currency word after the top starts, so
    /// that the money test reads it.
    /// </summary>
    private bool TryRangeTop(in TokenView view, int stop, int end, bool between, out ParsedNumber second, out Qualifier top, out int topEnd)
    {
        (second, top, topEnd) = (default, Qualifier.Exact, stop);
        var k = stop;
        var currencyWord = k < end && ((view.IsWord(k) && lexicon.CurrenciesAfter.TryGet(view.Word(k), out var after) && after.Factor == 1)
            || view.Word(k) is "%" || view.Is(k, "percent") || view.Is(k, "pct"));
        if (currencyWord)
        {
            k++;
        }

        if (k + 1 >= end || !(view.Is(k, "to") || view[k].Kind == TokenKind.Dash || view.Word(k) is "-" || (between && view.Is(k, "and"))))
        {
            return false;
        }

        var m = k + 1;
        if (QualifierNormalizer.TryFindAt(view, m, end, lexicon, out var hedge, out var hedgeEnd))
        {
            (top, m) = (hedge, hedgeEnd);
        }

        if (m < end && lexicon.CurrenciesBefore.TryGet(view.Word(m), out _))
        {
            m++;
        }

        if (m < end && view[m].Kind == TokenKind.Word && GluedCurrency(view.Word(m), out _, out var glued))
        {
            // "between R1.2 billion and R1.8 billion", "USD10 to USD12 million".
            if (!NumberParser.TryDigits(view, m, end, lexicon, out second, glued) || second.Value is null)
            {
                return false;
            }
        }
        else if (m >= end || view[m].Kind != TokenKind.Number || !NumberParser.TryParse(view, m, end, lexicon, out second) || second.Value is null)
        {
            return false;
        }

        topEnd = second.End;
        if (currencyWord && !(topEnd < end && view.Word(topEnd).Equals(view.Word(stop), StringComparison.OrdinalIgnoreCase)))
        {
            // "60 billion dollars to 75 billion": both units or neither, else the words are not one range.
            return false;
        }

        return true;
    }

    /// <summary>"rose from", "fell sharply from": a change verb before <c>from</c>, whose two numbers are the old and new level.</summary>
    private bool AfterChange(in TokenView view, int from, int start)
    {
        for (var k = from - 1; k >= start && k >= from - 2; k--)
        {
            if (view.IsWord(k) && lexicon.ChangeVerbs.Contains(view.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A currency code written against the digits (<c>USD15</c>, <c>US$15</c>): the code's length.</summary>
    private bool GluedCurrency(ReadOnlySpan<char> word, out string code, out int length)
    {
        for (length = 1; length <= 4 && length < word.Length; length++)
        {
            if (char.IsAsciiDigit(word[length]) && lexicon.CurrenciesBefore.TryGet(word[..length], out code!))
            {
                return true;
            }
        }

        (code, length) = (string.Empty, 0);
        return false;
    }

    /// <summary>
    /// A fraction in words as a share (<c>fractions.tsv</c>): after a hedge (<c>less than a quarter</c>, <c>nearly
    /// half</c>) or before <c>of</c> and a phrase not opened by a/an (<c>half of the homes</c>, not <c>a quarter of an
    /// hour</c>).
    /// </summary>
    private bool TryFraction(in TokenView view, int i, int start, int end, out ParsedNumber number)
    {
        number = default;
        if (!view.IsWord(i) || !lexicon.Fractions.TryGet(view.Word(i), out var opened))
        {
            return false;
        }

        foreach (var (words, percent) in opened)
        {
            if (!view.Matches(i, end, words))
            {
                continue;
            }

            var stop = i + words.Length;
            var hedged = QualifierNormalizer.TryFind(view, i, start, lexicon, out _, out _);
            var partOf = stop + 1 < end && view.Is(stop, "of") && !view.Is(stop + 1, "a") && !view.Is(stop + 1, "an");
            // "less than half the 72 a day it recorded": a comparison with the number after it, not a share.
            var ofNumber = stop < end && (view[stop].Kind == TokenKind.Number || (view.Is(stop, "the") && stop + 1 < end && view[stop + 1].Kind == TokenKind.Number));
            if ((!hedged && !partOf) || ofNumber)
            {
                return false;
            }

            number = new ParsedNumber(i, stop, percent, percent, percent, 1, true, false, false, null, "fraction");
            return true;
        }

        return false;
    }

    /// <summary>
    /// "no American troops would be deployed", "No injuries were reported": <c>no</c>, a few modifiers, a plural noun
    /// (ending in s, not ss) and then a verb or auxiliary is a denial that any exist. Read off the POS layer
    /// when there is one.
    /// </summary>
    private static bool DeniesCount(in TokenView view, int i, int end, Lazy<DocumentSyntax> tags)
    {
        for (var k = i + 1; k < end && k <= i + 4; k++)
        {
            var tag = tags.Value.TagOf(k);
            if (tag == Upos.NOUN && view.Word(k).EndsWith('s') && !view.Word(k).EndsWith("ss", StringComparison.Ordinal))
            {
                return k + 1 < end && tags.Value.TagOf(k + 1) is Upos.AUX or Upos.VERB;
            }

            if (tag is not (Upos.ADJ or Upos.PROPN or Upos.NOUN))
            {
                return false;
            }
        }

        return false;
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

    /// <summary>
    /// <c>Kopp, 44, of Albany</c>, <c>Slepian, 52, was shot</c>: a small whole number set off by commas right after a
    /// capitalized word is an age in apposition to a name, not a count.
    /// </summary>
    private static bool IsAge(in TokenView view, int i, int start, int end, in ParsedNumber number)
    {
        if (i - 2 < start || view.Word(i - 1) is not "," || view[i].Kind != TokenKind.Number || number.End != i + 1
            || number.Value is not (>= 1 and <= 120) || view.Word(i).Length > 3 || !view.IsWord(i - 2) || !char.IsUpper(view.Word(i - 2)[0]))
        {
            return false;
        }

        return i + 1 >= end || view.Word(i + 1) is "," or "." or ")" or ";" || view.Is(i + 1, "and");
    }

    /// <summary>
    /// <c>Boeing 747</c>, <c>Route 9</c>, <c>Resolution 2334</c>, <c>Article 5</c>: digits right after a capitalized word
    /// inside running text (after another word: not the sentence's first word nor one after a quotation mark, not a day
    /// or month, not a currency) are part of a name. Digits with
    /// thousands commas are left alone: names rarely have them, counts often do.
    /// </summary>
    private bool IsNamePart(in TokenView view, int i, int start, Layer<TimeExpression> times, in ParsedNumber number)
    {
        if (i - 1 <= start || view[i].Kind != TokenKind.Number || !view.IsWord(i - 1) || !view.IsWord(i - 2) || number.Scaled || view.Word(i).Contains(',')
            || view[i - 1].Span.End == view[i].Span.Start)
        {
            return false;
        }

        var before = view.Word(i - 1);
        return char.IsUpper(before[0]) && before.Length > 1 && char.IsLower(before[^1]) && !lexicon.CurrenciesBefore.TryGet(before, out _)
            && !lexicon.NumberWords.Contains(before) && !InTime(times, view[i - 1].Span);
    }

    /// <summary>
    /// A telephone number or an identifier written in digit groups (<c>0312 62 10 10</c>, <c>018 464 2200</c>): digits
    /// with a leading zero, digits right after other digits with one space between (what is left of a sequence the
    /// grouping did not join), or digits set off by a comma after a label word (<c>the state's helpline, 104,</c>).
    /// </summary>
    private bool IsDigitSequence(in TokenView view, int i, int start, in ParsedNumber number)
    {
        if (view[i].Kind != TokenKind.Number)
        {
            return false;
        }

        var word = view.Word(i);
        if (word.Length > 1 && word[0] == '0' && char.IsAsciiDigit(word[1]))
        {
            return true;
        }

        if (i > start && view[i - 1].Kind == TokenKind.Number && view[i].Span.Start - view[i - 1].Span.End == 1 && view.Word(i - 1).IndexOfAnyExcept("0123456789-") < 0)
        {
            return true;
        }

        // `(021) 204 601`: digits after an area code in brackets.
        if (i - 2 >= start && view.Word(i - 1) is ")" && view[i - 2].Kind == TokenKind.Number && view.Word(i - 2).IndexOfAnyExcept("0123456789") < 0)
        {
            return true;
        }

        // `47 721 75 75`: more digit groups right after the number than thousands grouping explains.
        if (number.End < view.Count && view[number.End].Kind == TokenKind.Number && view[number.End].Span.Start - view[number.End - 1].Span.End == 1
            && view.Word(number.End).IndexOfAnyExcept("0123456789") < 0 && view.Word(number.End - 1).IndexOfAnyExcept("0123456789") < 0)
        {
            return true;
        }

        // `the 171 hotline`, `the 151 emergency line`: after `the`, a singular label noun right after the number or one
        // word later (not `3,000 people line the streets`).
        if (!number.Scaled && number.End < view.Count && i - 1 >= start && view.Is(i - 1, "the"))
        {
            var label = lexicon.LabelWordsAfter.Contains(view.Word(number.End).ToString()) ? number.End
                : number.End + 1 < view.Count && view.IsWord(number.End) && lexicon.LabelWordsAfter.Contains(view.Word(number.End + 1).ToString()) ? number.End + 1
                : -1;

            // The label noun ends its phrase (`the 171 hotline.`, `… hotline to report`), not `the 4,200 hotline calls`.
            if (label >= 0 && (label + 1 >= view.Count || !view.IsWord(label + 1) || !view.Word(label + 1).EndsWith('s')))
            {
                return true;
            }
        }

        // `can call the State Emergency Service on 132 500`: a number after `on` that a calling verb shortly before takes.
        if (i - 1 >= start && view.Is(i - 1, "on") && !number.Scaled)
        {
            for (var k = i - 2; k >= Math.Max(start, i - 8); k--)
            {
                if (view.IsWord(k) && lexicon.PhoneWords.Contains(view.Word(k).ToString()))
                {
                    return true;
                }
            }
        }

        return i - 2 >= start && view.Word(i - 1) is "," && view.IsWord(i - 2) && lexicon.LabelWords.Contains(view.Word(i - 2).ToString())
            && !number.Scaled && (number.End >= view.Count || view.Word(number.End) is "," or "." or ")");
    }

    /// <summary>
    /// A match score after a word of <c>score-words.txt</c> (<c>lost 2-1</c>, <c>won 3–0</c>; not <c>beat them
    /// 3–0</c>: the word must come right before): two small whole numbers joined by a dash in one token.
    /// </summary>
    private bool IsScore(in TokenView view, int i, int start, int end)
    {
        // The second number of a score written as three tokens (`3`, `–`, `0`) is checked from the first.
        if (i - 2 > start && view.Word(i - 1) is "-" or "–" && IsScore(view, i - 2, start, end))
        {
            return true;
        }

        const int MaxGoals = 30;
        if (i <= start || !view.IsWord(i - 1) || !lexicon.ScoreWords.Contains(view.Word(i - 1).ToString()))
        {
            return false;
        }

        var word = view.Word(i);
        var dash = word.IndexOfAny('-', '–');
        if (dash > 0)
        {
            return int.TryParse(word[..dash], out var a) && int.TryParse(word[(dash + 1)..], out var b) && a <= MaxGoals && b <= MaxGoals;
        }

        return i + 2 < end && view.Word(i + 1) is "-" or "–" && view[i + 1].Span.Start == view[i].Span.End
            && view[i + 2].Span.Start == view[i + 1].Span.End && int.TryParse(word, out var x) && int.TryParse(view.Word(i + 2), out var y)
            && x <= MaxGoals && y <= MaxGoals;
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
