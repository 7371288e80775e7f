using Claimline.Text;

namespace Claimline.Quantities;

/// <summary>
/// What a number counts when nothing follows it, from the words before it: the <c>of</c> phrase of <c>the (total)
/// number of X … at 10,000</c>, or the subject of a change verb at the start of its clause (<c>The death toll from the
/// landslide rose to 27</c>, <c>Croatia's annual inflation rate accelerated to 4.6%</c>). A subject that is only an
/// anaphor (<c>the number has increased to 11,000</c>) is left to <see cref="AnaphoraRefiner"/>.
/// </summary>
internal static class SubjectPhraseFinder
{
    /// <summary>How far back the <c>number of</c> phrase may start: past a counted phrase, a place and a verb.</summary>
    private const int MaxBack = 16;

    /// <summary>The phrase after <c>the number of</c> before the number, with the token after it (where a place may follow).</summary>
    public static CountedPhrase? NumberOf(in TokenView view, int at, int start, QuantityLexicon lexicon, out int countedEnd)
    {
        countedEnd = at;
        for (var k = at - 1; k > start && k >= at - MaxBack; k--)
        {
            if (view[k].Kind == TokenKind.Number)
            {
                return null;
            }

            if (view.IsWord(k) && lexicon.Anaphors.Contains(view.Word(k)) && view.Is(k + 1, "of") && k + 2 < at)
            {
                var phrase = CountedPhraseFinder.Find(view, k + 2, at, lexicon, out var stop);
                if (phrase is not null)
                {
                    countedEnd = stop;
                    return phrase;
                }
            }
        }

        return null;
    }

    /// <summary>The noun phrase that starts the clause of the change verb at <paramref name="verb"/>.</summary>
    public static CountedPhrase? SubjectOf(in TokenView view, int verb, int start, QuantityLexicon lexicon)
    {
        // "expect inflation to ease to 3.5%": the subject of an infinitive is the noun right before "to".
        if (verb - 2 >= start && view.Is(verb - 1, "to") && view.IsWord(verb - 2) && !lexicon.StopWords.Contains(view.Word(verb - 2)))
        {
            // One word: the word before it is as often the verb that takes the infinitive ("expect") as a modifier.
            return CountedPhraseFinder.Find(view, verb - 2, verb - 1, lexicon, out _);
        }

        var clause = verb;
        while (clause > start && !IsClauseBoundary(view, clause - 1))
        {
            clause--;
        }

        // Determiners and a possessive name ("Croatia's", "the agency's") are not part of what is counted.
        var from = clause;
        for (var k = clause; k < verb; k++)
        {
            if (view.IsWord(k) && (view.Is(k, "the") || view.Is(k, "a") || view.Is(k, "an") || view.Is(k, "its") || view.Is(k, "their")))
            {
                from = k + 1;
            }
            else if (view[k].Kind == TokenKind.Clitic)
            {
                from = k + 1;
            }
            else if (k > from)
            {
                break;
            }
        }

        if (from >= verb)
        {
            return null;
        }

        var phrase = CountedPhraseFinder.Find(view, from, verb, lexicon, out _);
        if (phrase is null || (phrase.Span.Start == view[from].Span.Start && lexicon.Anaphors.Contains(phrase.Text.AsSpan())))
        {
            return null;
        }

        return phrase;
    }

    /// <summary>
    /// Punctuation, <c>and</c>, <c>said</c>, and <c>that</c> after a verb (<c>said that</c>, <c>estimated that</c>); a
    /// <c>that</c> after a noun opens a relative clause inside the subject (<c>the landslide that buried the village</c>).
    /// </summary>
    private static bool IsClauseBoundary(in TokenView view, int k)
        => view[k].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash or TokenKind.Terminal
            || view.Is(k, "and") || view.Is(k, "said") || view.Is(k, "says")
            || (view.Is(k, "that") && view.IsWord(k - 1) && IsVerbBeforeThat(view.Word(k - 1)));

    private static bool IsVerbBeforeThat(ReadOnlySpan<char> word)
        => word.EndsWith("ed", StringComparison.Ordinal) || word is "said" or "says" or "say" or "told" or "thinks" or "believes" or "knows" or "shows" or "estimates" or "expects";
}
