using Claimline.Model;
using Claimline.Text;

namespace Claimline.Quantities;

/// <summary>
/// The noun phrase a number counts: the run of words after it up to a stop word (<c>counted-stop-words.txt</c>),
/// punctuation or a verb form in -ing/-ed after a noun, then an <c>of</c> phrase (<c>containers of military
/// equipment</c>). Its head is the last word before <c>of</c>. There is no part-of-speech tagger yet, so the phrase
/// is at most six words and the of-phrase four.
/// </summary>
internal static class CountedPhraseFinder
{
    private const int MaxWords = 6;
    private const int MaxOfWords = 4;

    public static CountedPhrase? Find(in TokenView view, int start, int end, QuantityLexicon lexicon, out int stop)
    {
        var j = Run(view, start, end, MaxWords, lexicon);
        stop = start;
        if (j == start)
        {
            return null;
        }

        var head = j - 1;
        if (head > start && lexicon.MeasureNouns.Contains(view.Word(head)))
        {
            head--;
        }
        if (j + 1 < end && view.Is(j, "of"))
        {
            var k = Run(view, j + 1, end, MaxOfWords, lexicon);
            if (k > j + 1)
            {
                j = k;
            }
        }

        stop = j;
        var span = new TextSpan(view[start].Span.Start, view[j - 1].Span.End);
        var headText = view.Word(head).ToString();
        return new CountedPhrase(span, span.Of(view.Text), headText, Lemma(headText));
    }

    private static int Run(in TokenView view, int j, int end, int max, QuantityLexicon lexicon)
    {
        var first = j;
        while (j < end && j - first < max && view[j].Kind == TokenKind.Word)
        {
            var word = view.Word(j);
            if (lexicon.StopWords.Contains(word) || word.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            // "troops wearing uniforms", "soldiers deployed": a participle after a noun starts a clause; after an
            // adjective it is a modifier ("foreign fishing vessels").
            if (j > first && char.IsLower(word[0]) && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))
                && (word.EndsWith("ed", StringComparison.Ordinal) || LooksLikeNoun(view.Word(j - 1))))
            {
                break;
            }

            j++;
        }

        return j;
    }

    /// <summary>A plural noun or a collective one: what a participle after it describes.</summary>
    private static bool LooksLikeNoun(ReadOnlySpan<char> word)
        => word.EndsWith("s", StringComparison.Ordinal) || word is "people" or "children" or "men" or "women" or "police" or "staff" or "personnel";

    /// <summary>A plural noun made singular and lower-case, by the regular English endings.</summary>
    public static string Lemma(string head)
    {
        var w = head.ToLowerInvariant();
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 4 && (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i'))
        {
            return w[..^1];
        }

        return w;
    }
}
