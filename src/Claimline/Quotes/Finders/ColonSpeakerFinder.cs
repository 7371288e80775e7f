using Claimline.Model;
using Claimline.Quotes.Attribution;
using Claimline.Text;

namespace Claimline.Quotes.Finders;

/// <summary>
/// Sieve 1b: a name and a colon that open a paragraph, then what that person says — a headline
/// (<c>Mendes: Harbor Will Reopen in May</c>), a quote (<c>Mendes: “We will reopen.”</c>) or a line of an interview
/// transcript (<c>MENDES: We will reopen in May.</c>). The colon is the cue; the content runs to the paragraph's end.
/// Only names (or a pronoun) qualify, so that labels such as <c>Update:</c> or <c>Note:</c> make no quote.
/// </summary>
internal static class ColonSpeakerFinder
{
    public const string Id = "colon";

    // Paragraph labels that are not speakers even when capitalized.
    private static readonly HashSet<string> s_labels = new(StringComparer.Ordinal)
    {
        "update", "updated", "note", "editor", "correction", "related", "watch", "read", "photo", "video", "source", "sources",
        "q", "a", "question", "answer", "warning", "breaking", "exclusive", "analysis", "opinion", "live", "more", "also",
    };

    public static void Run(QuoteContext c, List<DirectQuote> quotes, List<Draft> drafts)
    {
        for (var p = 0; p < c.Paragraphs.Count; p++)
        {
            var first = c.Tokens.FirstStartingAtOrAfter(c.Paragraphs[p].Span.Start);
            if (first >= c.Count || c.ParagraphOf[first] != p)
            {
                continue;
            }

            var last = first;
            while (last + 1 < c.Count && c.ParagraphOf[last + 1] == p)
            {
                last++;
            }

            // The colon comes after a short name: at most six tokens in.
            var colon = -1;
            for (var t = first + 1; t <= Math.Min(last, first + 6); t++)
            {
                if (c.Lower[t] == ":")
                {
                    colon = t;
                    break;
                }
            }

            if (colon < 0 || s_labels.Contains(c.Lower[first]) || c.CueUsed[colon] || InDateline(c, colon))
            {
                continue;
            }

            var speaker = SpeakerPhraseFinder.StartingAt(c, first, colon - 1);
            if (speaker is null || speaker.Last != colon - 1 || speaker.Kind is not (SpeakerKind.Named or SpeakerKind.Pronoun or SpeakerKind.Organization))
            {
                continue;
            }

            var start = colon + 1;
            var end = last;
            while (end > start && c.Kind(end) is TokenKind.Punctuation or TokenKind.Dash)
            {
                end--;
            }

            if (!HasWords(c, start, end, 3) || AnyTaken(c, quotes, start, end))
            {
                continue;
            }

            var draft = new Draft { Cue = (colon, colon), CueLemma = "say", Speaker = speaker, Confidence = 0.7, Sieve = Id };
            draft.Content.Add((start, end));
            c.CueUsed[colon] = true;
            MarkTaken(c, quotes, start, end);
            drafts.Add(draft);
        }
    }

    private static bool HasWords(QuoteContext c, int a, int b, int min)
    {
        var words = 0;
        for (var t = a; t <= b && words < min; t++)
        {
            if (c.Kind(t) is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        return words >= min;
    }

    private static bool AnyTaken(QuoteContext c, List<DirectQuote> quotes, int a, int b)
    {
        for (var t = a; t <= b; t++)
        {
            if (c.DirectOf[t] >= 0 && quotes[c.DirectOf[t]].Taken)
            {
                return true;
            }
        }

        return false;
    }

    private static void MarkTaken(QuoteContext c, List<DirectQuote> quotes, int a, int b)
    {
        for (var t = a; t <= b; t++)
        {
            if (c.DirectOf[t] >= 0)
            {
                quotes[c.DirectOf[t]].Taken = true;
            }
        }
    }

    /// <summary>"KARACHI: The heat wave …": the structure stage read the place and colon as a dateline, not a speaker.</summary>
    private static bool InDateline(QuoteContext c, int token)
        => c.Document.TryGet(Layers.Datelines, out var datelines) && datelines.Any(d => d.Span.Contains(c.Tokens[token].Span));
}
