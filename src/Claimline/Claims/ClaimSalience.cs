using Claimline.Quantities;

namespace Claimline.Claims;

/// <summary>
/// Whether a quantity is a claim (issue #16): a figure someone asserts about a countable state of the world. The
/// quantity finder already leaves out years, dates, durations, ages, ordinals and names with digits; what is left
/// here are counts that only refer to things the article names anyway (<c>the two leaders</c>, <c>these three
/// countries</c>), which stay in the quantities layer but make no claim.
/// </summary>
public static class ClaimSalience
{
    /// <summary>The largest exact count that a definite determiner makes a reference rather than a figure.</summary>
    public const int LargestReferenceCount = 10;

    /// <summary>Null when the quantity is a claim; else the reason it is not (<c>reference</c>).</summary>
    public static string? NotAClaim(string text, Quantity quantity, ClaimLexicon lexicon)
    {
        if (quantity is { Kind: QuantityKind.Count, Qualifier: Qualifier.Exact, Negated: false, Anaphoric: false, Value: { } value }
            && value is >= 1 and <= LargestReferenceCount && value == Math.Floor(value)
            && lexicon.DefiniteDeterminers.Contains(WordBefore(text, quantity.Span.Start)))
        {
            return "reference";
        }

        return null;
    }

    /// <summary>The letters of the word that ends right before <paramref name="at"/> (spaces skipped); empty if none.</summary>
    internal static ReadOnlySpan<char> WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }
}
