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

    private static bool TryDigits(in TokenView view, int i, int end, QuantityLexicon lexicon, out ParsedNumber number)
    {
        number = default;
        var text = view.Word(i);
        var length = NumericPrefix(text, out var commaGroups);
        if (length == 0 || !TryValue(text[..length], out var value))
        {
            return false;
        }

        var rest = text[length..];
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

        var (scaled, stop) = ApplyScales(view, i + 1, end, lexicon, value * scale);
        var isScaled = scale != 1 || stop > i + 1;
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
        // "tens of thousands": the second plural sets the unit.
        if (i + 2 < end && view.Is(i + 1, "of") && view.IsWord(i + 2) && lexicon.VaguePlurals.TryGet(view.Word(i + 2), out var second))
        {
            number = new ParsedNumber(i, i + 3, null, first.Low * second.Value, first.High * second.Value, 1, true, false, false, Qualifier.Approx, "vague");
            return true;
        }

        number = new ParsedNumber(i, i + 1, null, first.Low, first.High, 1, true, false, false, Qualifier.Approx, "vague");
        return true;
    }

    /// <summary>Multiplies by the scale words that follow (<c>1.2 million</c>, <c>2 hundred thousand</c>).</summary>
    private static (double Value, int End) ApplyScales(in TokenView view, int j, int end, QuantityLexicon lexicon, double value)
    {
        while (j < end && view.IsWord(j) && view.Word(j).Length > 1 && lexicon.Scales.TryGet(view.Word(j), out var scale))
        {
            value *= scale;
            j++;
        }

        return (value, j);
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

    private static bool TryValue(ReadOnlySpan<char> digits, out double value)
        => double.TryParse(digits, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
