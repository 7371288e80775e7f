namespace Claimline.Quantities;

/// <summary>Finds the hedge right before a number (<c>some</c>, <c>at least</c>, <c>up to</c>) and normalizes it (<c>qualifiers.tsv</c>).</summary>
internal static class QualifierNormalizer
{
    /// <summary>The qualifier whose words end just before token <paramref name="start"/>, longest phrase first, and where its words start.</summary>
    public static bool TryFind(in TokenView view, int start, int sentenceStart, QuantityLexicon lexicon, out Qualifier qualifier, out int phraseStart)
    {
        foreach (var (words, q) in lexicon.Qualifiers)
        {
            var first = start - words.Length;
            if (first >= sentenceStart && view.Matches(first, start, words))
            {
                (qualifier, phraseStart) = (q, first);
                return true;
            }
        }

        (qualifier, phraseStart) = (Qualifier.Exact, start);
        return false;
    }

    /// <summary>The qualifier whose words start at token <paramref name="at"/> (the top of <c>to as much as $90 billion</c>), longest first, and the token after it.</summary>
    public static bool TryFindAt(in TokenView view, int at, int end, QuantityLexicon lexicon, out Qualifier qualifier, out int phraseEnd)
    {
        foreach (var (words, q) in lexicon.Qualifiers)
        {
            if (view.Matches(at, end, words))
            {
                (qualifier, phraseEnd) = (q, at + words.Length);
                return true;
            }
        }

        (qualifier, phraseEnd) = (Qualifier.Exact, at);
        return false;
    }
}
