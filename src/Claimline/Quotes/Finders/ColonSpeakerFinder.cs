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

    public static void Run(QuoteContext c, List<DirectQuote> quotes, List<Draft> drafts)
    {
        // A transcript quoted as a block is one direct quote over all its paragraphs: this sieve may take it paragraph
        // by paragraph, so only quotes an earlier sieve took stop it.
        var takenBefore = quotes.Select(q => q.Taken).ToArray();
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

            // A transcript quoted as a block opens each of its paragraphs with a quotation mark (`"KOVAC: Well, …`).
            var opensWithMark = c.Kind(first) == TokenKind.Quote && c.Word(first) is "\"" or "“" or "''" && first < last;
            var name = opensWithMark ? first + 1 : first;

            // The colon comes after a short name: at most six tokens in.
            var colon = -1;
            for (var t = name + 1; t <= Math.Min(last, name + 6); t++)
            {
                if (c.Lower[t] == ":")
                {
                    colon = t;
                    break;
                }
            }

            if (colon < 0 || c.Lexicon.ColonLabels.Contains(c.Lower[name]) || c.CueUsed[colon] || InDateline(c, colon))
            {
                continue;
            }

            var transcript = TranscriptSpeaker(c, name, colon - 1);
            var speaker = transcript ?? SpeakerPhraseFinder.StartingAt(c, name, colon - 1);
            if (speaker is null || speaker.Last != colon - 1 || speaker.Kind is not (SpeakerKind.Named or SpeakerKind.Pronoun or SpeakerKind.Organization))
            {
                continue;
            }

            var start = colon + 1;
            var end = last;
            while (end > start && c.Kind(end) is TokenKind.Punctuation or TokenKind.Dash || (opensWithMark && c.Kind(end) == TokenKind.Quote))
            {
                end--;
            }

            if (!HasWords(c, start, end, 3) || AnyTaken(c, quotes, takenBefore, start, end))
            {
                continue;
            }

            var draft = new Draft { Cue = (colon, colon), CueLemma = "say", Speaker = speaker, Confidence = 0.7, Sieve = Id };
            draft.Content.Add((start, end));
            c.CueUsed[colon] = true;
            if (transcript is not null || opensWithMark)
            {
                // A transcript line is all the speaker's words: a verb in it (`Trump thinks …`) is no cue of another
                // attribution. (A block-quoted transcript's inner quotes break the pairing of its marks, so the
                // direct-quote test of the later sieves does not see that.)
                c.CueUsed.AsSpan(start, end - start + 1).Fill(true);
            }

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

    private static bool AnyTaken(QuoteContext c, List<DirectQuote> quotes, bool[] takenBefore, int a, int b)
    {
        for (var t = a; t <= b; t++)
        {
            // A quoted title inside the line (`an episode of “Harbor Nights”`) is part of what is said, not a quote of its own.
            if (c.DirectOf[t] >= 0 && takenBefore[c.DirectOf[t]] && !c.InTitle[t])
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

    /// <summary>
    /// An interview transcript's speaker: one to three words in capitals (<c>KOVAC</c>, <c>SEN. REYES</c>,
    /// <c>MARIA DELGADO</c>), a name even inside the block quote that holds the transcript.
    /// </summary>
    private static SpeakerPhrase? TranscriptSpeaker(QuoteContext c, int first, int last)
    {
        var words = 0;
        for (var t = first; t <= last; t++)
        {
            if (c.Lower[t] == "." && t > first)
            {
                continue;
            }

            var word = c.Word(t);
            if (c.Kind(t) != TokenKind.Word || word.Count(char.IsLetter) < 2 || word.Any(ch => char.IsLetter(ch) && !char.IsUpper(ch)) || ++words > 3)
            {
                return null;
            }
        }

        return words > 0 ? new SpeakerPhrase(first, last, SpeakerKind.Named) : null;
    }

    /// <summary>"KARACHI: The heat wave …": the structure stage read the place and colon as a dateline, not a speaker.</summary>
    private static bool InDateline(QuoteContext c, int token)
        => c.Document.TryGet(Layers.Datelines, out var datelines) && datelines.Any(d => d.Span.Contains(c.Tokens[token].Span));
}
