using System.Globalization;
using Claimline.Text;

namespace Claimline.Quantities;

/// <summary>
/// Reads a number at a token: digits (<c>8,000</c>, <c>1.5</c>, <c>1.5bn</c>, <c>11,000-strong</c>,
/// <c>10,000-12,000</c>) with scale words (<c>1.2 million</c>), number words (<c>three</c>, <c>twenty-four</c>,
/// <c>two hundred thousand</c>, <c>a dozen</c>) and vague plurals (<c>tens of thousands</c>). Years, ordinals,
/// decades, clock times and fractions are refused here or by <see cref="QuantityFinder"/>.
/// </summary>
internal static class NumberParser
{
    public static bool TryParse(in TokenView view, int i, int end, QuantityLexicon lexicon, out ParsedNumber number)
    {
        number = default;
        var token = view[i];
        if (token.Kind == TokenKind.Number)
        {
            return TryDigits(view, i, end, lexicon, out number);
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var word = view.Word(i);
        if (lexicon.VaguePlurals.TryGet(word, out var vague))
        {
            return TryVague(view, i, end, lexicon, vague, out number);
        }

        // "a dozen", "a million": the article counts as one only before a scale word.
        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            if (i + 1 < end && view.IsWord(i + 1) && view.Word(i + 1).Length > 1 && lexicon.Scales.TryGet(view.Word(i + 1), out _))
            {
                var (value, stop) = ApplyScales(view, i + 1, end, lexicon, 1);
                number = new ParsedNumber(i, stop, value, value, value, 1, true, false, false, null, "words");
                return true;
            }

            return false;
        }

        return TryWords(view, i, end, lexicon, out number);
    }

    /// <summary>
    /// Reads the digits of token <paramref name="i"/> from character <paramref name="skip"/> on (past a currency code
    /// written against them: <c>USD15</c>).
    /// </summary>
    public static bool TryDigits(in TokenView view, int i, int end, QuantityLexicon lexicon, out ParsedNumber number, int skip = 0)
    {
        number = default;
        var text = view.Word(i)[skip..];
        var length = NumericPrefix(text, out var commaGroups);
        if (length == 0 || !TryValue(text[..length], out var value))
        {
            return false;
        }

        var rest = text[length..];
        var next = i + 1;
        if (rest.Length == 0 && commaGroups == 0 && length <= 3 && !text.Contains('.'))
        {
            (value, next, commaGroups) = Grouped(view, i, end, lexicon, value, commaGroups);
        }

        Qualifier? implied = null;
        double? high = null;
        var scale = 1.0;
        if (rest.Length > 0)
        {
            if (rest[0] == '-' && rest.Length > 1 && char.IsAsciiDigit(rest[1]))
            {
                // 10,000-12,000 is one token: a range.
                var second = rest[1..];
                var secondLength = NumericPrefix(second, out _);
                if (secondLength != second.Length || !TryValue(second, out var secondValue))
                {
                    return false;
                }

                high = secondValue;
            }
            else if (rest[0] == '-' && lexicon.Suffixes.TryGet(rest[1..], out var suffixQualifier))
            {
                implied = suffixQualifier == Qualifier.Exact ? null : suffixQualifier;
            }
            else if (lexicon.Scales.TryGet(rest, out var suffixScale))
            {
                scale = suffixScale;
            }
            else
            {
                // 1990s, 24th, 10:30, 1/2, 5-year-old, 10-point: not a count.
                return false;
            }
        }

        var (scaled, stop) = ApplyScales(view, next, end, lexicon, value * scale);
        if (!double.IsFinite(scaled))
        {
            // "1e308 billion": no count is that large; refuse rather than carry infinity.
            return false;
        }

        var isScaled = scale != 1 || stop > next;
        var factor = isScaled ? scaled / value : Math.Pow(1000, commaGroups);
        var yearShaped = !isScaled && high is null && rest.Length == 0 && length == 4 && commaGroups == 0
            && value is >= 1000 and <= 2199 && !text.Contains('.');
        if (high is { } h)
        {
            var low = scaled;
            return Done(out number, new ParsedNumber(i, stop, null, low, h * (isScaled ? scaled / value : 1), factor, isScaled, false, false, implied, "digits.range"));
        }

        number = new ParsedNumber(i, stop, scaled, scaled, scaled, double.IsFinite(factor) && factor > 0 ? factor : 1, isScaled, yearShaped, false, implied, "digits");
        return true;
    }

    /// <summary>
    /// Digits written in groups outside the US convention: thousands set apart by a space (<c>12 400</c>, with a
    /// no-break or thin space too) and a decimal comma before a scale word, a currency or a percent (<c>1,2
    /// million</c>, <c>3,5 billion euros</c>, <c>2,5 percent</c>), which the tokenizer splits into several tokens. A decimal comma needs the word after
    /// it: <c>1,2</c> alone may be a list.
    /// </summary>
    private static (double Value, int Next, int Groups) Grouped(in TokenView view, int i, int end, QuantityLexicon lexicon, double value, int groups)
    {
        var j = i + 1;
        if (j + 2 < end && view.Word(j) is "," && Adjacent(view, j - 1, j) && Adjacent(view, j, j + 1) && IsPlainDigits(view, j + 1, 1, 2)
            && (view.IsWord(j + 2) && (lexicon.Scales.TryGet(view.Word(j + 2), out _) || lexicon.CurrenciesAfter.TryGet(view.Word(j + 2), out _)
                    || view.Is(j + 2, "percent") || view.Is(j + 2, "per"))
                || view.Word(j + 2) is "%"))
        {
            var fraction = view.Word(j + 1);
            return (value + (int.Parse(fraction, CultureInfo.InvariantCulture) / Math.Pow(10, fraction.Length)), j + 2, groups);
        }

        while (j < end && groups < 4 && IsPlainDigits(view, j, 3, 3) && SpacedByOne(view, j - 1, j))
        {
            value = (value * 1000) + int.Parse(view.Word(j), CultureInfo.InvariantCulture);
            groups++;
            j++;
        }

        return (value, j, groups);
    }

    private static bool IsPlainDigits(in TokenView view, int k, int min, int max)
    {
        if (view[k].Kind != TokenKind.Number)
        {
            return false;
        }

        var word = view.Word(k);
        if (word.Length < min || word.Length > max)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Adjacent(in TokenView view, int a, int b) => view[a].Span.End == view[b].Span.Start;

    /// <summary>One space, no-break space, thin space or narrow no-break space between the two tokens, nothing else.</summary>
    private static bool SpacedByOne(in TokenView view, int a, int b)
        => view[b].Span.Start - view[a].Span.End == 1 && view.Text[view[a].Span.End] is ' ' or '\u00a0' or '\u2009' or '\u202f';

    private static bool Done(out ParsedNumber number, ParsedNumber value)
    {
        number = value;
        return true;
    }

    private static bool TryWords(in TokenView view, int i, int end, QuantityLexicon lexicon, out ParsedNumber number)
    {
        number = default;
        double total = 0, current = 0;
        var j = i;
        var any = false;
        var afterBig = false;
        while (j < end && view.IsWord(j))
        {
            var word = view.Word(j);
            if (TryNumberWord(word, lexicon, out var v, out var cls))
            {
                if (cls == "hundred")
                {
                    current = (current == 0 ? 1 : current) * 100;
                    afterBig = true;
                }
                else
                {
                    current += v;
                    afterBig = false;
                }

                any = true;
                j++;
                continue;
            }

            if (any && word.Length > 1 && lexicon.Scales.TryGet(word, out var scale))
            {
                if (scale < 100)
                {
                    // "two dozen"
                    current *= scale;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }

                afterBig = true;
                j++;
                continue;
            }

            // "two hundred and fifty"
            if (any && afterBig && word.Equals("and", StringComparison.OrdinalIgnoreCase)
                && j + 1 < end && view.IsWord(j + 1) && TryNumberWord(view.Word(j + 1), lexicon, out _, out _))
            {
                j++;
                continue;
            }

            break;
        }

        if (!any)
        {
            return false;
        }

        var value = total + current;
        var lone = j == i + 1 && value == 1;
        number = new ParsedNumber(i, j, value, value, value, 1, j > i + 1, false, lone, null, "words");
        return true;
    }

    private static bool TryNumberWord(ReadOnlySpan<char> word, QuantityLexicon lexicon, out double value, out string cls)
    {
        if (lexicon.NumberWords.TryGet(word, out var entry))
        {
            (value, cls) = (entry.Value, entry.Class);
            return true;
        }

        // twenty-four: tens, hyphen, unit.
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && lexicon.NumberWords.TryGet(word[..hyphen], out var tens) && tens.Class == "tens"
            && lexicon.NumberWords.TryGet(word[(hyphen + 1)..], out var unit) && unit.Class == "unit" && unit.Value < 10)
        {
            (value, cls) = (tens.Value + unit.Value, "unit");
            return true;
        }

        (value, cls) = (0, string.Empty);
        return false;
    }

    private static bool TryVague(in TokenView view, int i, int end, QuantityLexicon lexicon, VaguePlural first, out ParsedNumber number)
    {
        // "tens of thousands": the second plural sets the unit, and the figure is its floor (at least 10,000), as
        // crowd-count coders record it (the Crowd Counting Consortium's lower-bound convention) and as all three
        // held-out gold sets written for issue #16 coded it independently.
        if (i + 2 < end && view.Is(i + 1, "of") && view.IsWord(i + 2) && lexicon.VaguePlurals.TryGet(view.Word(i + 2), out var second))
        {
            var floor = first.Value * second.Value;
            number = new ParsedNumber(i, i + 3, floor, floor, floor, 1, true, false, false, Qualifier.AtLeast, "vague");
            return true;
        }

        number = new ParsedNumber(i, i + 1, null, first.Low, first.High, 1, true, false, false, Qualifier.Approx, "vague");
        return true;
    }

    /// <summary>Multiplies by the scale words that follow (<c>1.2 million</c>, <c>2 hundred thousand</c>).</summary>
    private static (double Value, int End) ApplyScales(in TokenView view, int j, int end, QuantityLexicon lexicon, double value)
    {
        var scaled = false;
        while (j < end && view.IsWord(j) && view.Word(j).Length > 1 && lexicon.Scales.TryGet(view.Word(j), out var scale))
        {
            value *= scale;
            scaled = true;
            j++;
        }

        return (scaled ? Clean(value) : value, j);
    }

    /// <summary>
    /// A decimal times a scale rounded to the figure as written: 1.1 × 10⁹ is 1100000000.0000002 in binary floating
    /// point, and a reader (or a gold file) compares it with 1,100,000,000. Twelve significant digits are far more than
    /// any news figure carries.
    /// </summary>
    internal static double Clean(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        var digits = 11 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return digits is >= 0 and <= 15 ? Math.Round(value, digits) : digits < 0 ? Math.Round(value / Math.Pow(10, -digits)) * Math.Pow(10, -digits) : value;
    }

    /// <summary>The length of the leading digits, commas and decimal point; counts the comma groups.</summary>
    private static int NumericPrefix(ReadOnlySpan<char> text, out int commaGroups)
    {
        commaGroups = 0;
        var k = 0;
        while (k < text.Length)
        {
            var c = text[k];
            if (char.IsAsciiDigit(c))
            {
                k++;
            }
            else if ((c == ',' || c == '.') && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1]))
            {
                if (c == ',')
                {
                    commaGroups++;
                }

                k++;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    /// <summary>Parses digits with thousands commas; a 400-digit run parses to infinity, which is refused.</summary>
    private static bool TryValue(ReadOnlySpan<char> digits, out double value)
        => double.TryParse(digits, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
}
