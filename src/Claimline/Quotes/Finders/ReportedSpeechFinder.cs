using Claimline.Quotes.Attribution;
using Claimline.Text;

namespace Claimline.Quotes.Finders;

/// <summary>
/// Sieve 2: reported speech around a cue outside quotation marks, one sentence at a time — <c>X said (that) CLAUSE</c>,
/// <c>CLAUSE, X said.</c>, <c>CLAUSE, said X.</c>, <c>According to X, CLAUSE</c>, <c>CLAUSE, according to X.</c>, and
/// <c>…, adding that CLAUSE</c> (same speaker). Quoted words inside the clause make it a mixed quote; a clause that is
/// all quotation is a direct one.
/// </summary>
internal static class ReportedSpeechFinder
{
    public const string Id = "reported";

    // Words after a cue that introduce a phrase to skip before the clause: `said in a statement that`, `told reporters`.
    private static readonly HashSet<string> s_prepositions = new(StringComparer.Ordinal) { "in", "at", "during", "on", "to", "through", "via", "after", "before", "while", "from" };

    public static void Run(QuoteContext c, List<DirectQuote> quotes, List<Draft> drafts)
    {
        for (var s = 0; s < c.Sentences.Count; s++)
        {
            var (first, last) = c.SentenceRange(s);
            var end = last;
            while (end > first && c.Kind(end) is TokenKind.Terminal or TokenKind.Punctuation)
            {
                end--;
            }

            for (var k = first; k <= end; k++)
            {
                if (c.DirectOf[k] >= 0 || c.CueUsed[k])
                {
                    continue;
                }

                var according = c.AccordingToLength(k);
                var draft = according > 0 ? AccordingTo(c, k, according, first, end) : c.CueLemma(k) is { } lemma ? Verb(c, k, lemma, first, end, drafts) : null;
                if (draft is null)
                {
                    continue;
                }

                c.CueUsed[k] = true;
                draft.Sieve = Id;
                drafts.Add(draft);
                foreach (var (a, b) in draft.Content)
                {
                    for (var t = a; t <= b; t++)
                    {
                        if (c.DirectOf[t] >= 0)
                        {
                            quotes[c.DirectOf[t]].Taken = true;
                        }
                    }
                }

                // The next cue may lie inside this content (`X said Y told him …`); only `adding` is looked for there.
                k = Math.Max(k, draft.Cue!.Value.Last);
            }
        }
    }

    private static Draft? AccordingTo(QuoteContext c, int k, int length, int first, int end)
    {
        var after = k + length;
        var speaker = SpeakerPhraseFinder.StartingAt(c, after, end);
        if (speaker is null)
        {
            return null;
        }

        var draft = new Draft { Cue = (k, after - 1), CueLemma = "according to", Speaker = speaker, Confidence = 0.8 };
        if (k == first || (k == first + 1 && c.Kind(first) is not TokenKind.Word) || c.Lower[k - 1] is "but" or "and")
        {
            var comma = speaker.Last + 1;
            while (comma <= end && c.Lower[comma] != ",")
            {
                comma++;
            }

            return Add(c, draft, comma + 1, end) ? draft : null;
        }

        var before = k - 1;
        if (c.Lower[before] == ",")
        {
            before--;
        }

        return Add(c, draft, first, before) ? draft : null;
    }

    private static Draft? Verb(QuoteContext c, int k, string lemma, int first, int end, List<Draft> drafts)
    {
        // `…, adding that CLAUSE` / `…, saying CLAUSE`: the speaker is the one of the clause before.
        if (c.Lower[k].EndsWith("ing", StringComparison.Ordinal) && k > first && c.Lower[k - 1] == ",")
        {
            var previous = drafts.Count > 0 && drafts[^1].Cue is { } cue && c.SentenceOf[cue.First] == c.SentenceOf[k] ? drafts[^1] : null;
            var speaker = previous?.Speaker ?? SpeakerPhraseFinder.StartingAt(c, first, end);
            if (speaker is null)
            {
                return null;
            }

            var draft = new Draft { Cue = (k, k), CueLemma = lemma, Speaker = speaker, Confidence = 0.7 };
            var start = k + 1;
            if (c.Lower[start] == "that")
            {
                start++;
            }

            if (previous is not null)
            {
                // The earlier quote's content ends before this participle.
                var (a, b) = previous.Content[^1];
                if (b >= k - 1 && a < k - 1)
                {
                    previous.Content[^1] = (a, k - 2);
                }
            }

            return Add(c, draft, start, end) ? draft : null;
        }

        var speakerEnd = SpeakerPhraseFinder.SkipBackToSpeaker(c, k, first);
        var left = SpeakerPhraseFinder.EndingAt(c, speakerEnd, first) ?? BeforeAppositive(c, speakerEnd, first);
        if (left is not null)
        {
            // Behind the learned finder this rule only sees the cues the model passed over: 115 of 214 such quotes
            // were right on held-out PolNeAR articles (54%), so it is no surer than the model's weakest band.
            var draft = new Draft { Cue = (k, k), CueLemma = lemma, Speaker = left, Confidence = 0.55 };
            var r = SkipToClause(c, k + 1, end, lemma);
            if (r > end)
            {
                // `CLAUSE, X said.`: the content is what comes before the speaker.
                var before = left.First - 1;
                if (before >= first && c.Lower[before] is "," or "—")
                {
                    before--;
                }
                else if (before < first || c.Kind(before) != TokenKind.Quote)
                {
                    return null;
                }

                return Add(c, draft, first, before) ? draft : null;
            }

            // `X said (that) CLAUSE`; a second cue of the same speaker, `adding`, is cut off by its own finder.
            return Add(c, draft, r, end) ? draft : null;
        }

        // `CLAUSE, said X.`
        if (k > first && c.Lower[k - 1] == ",")
        {
            var t = k + 1;
            while (t <= end && c.InTime[t])
            {
                t++;
            }

            var right = SpeakerPhraseFinder.StartingAt(c, t, end);
            if (right is not null && right.Last >= end - 1)
            {
                var draft = new Draft { Cue = (k, k), CueLemma = lemma, Speaker = right, Confidence = 0.75 };
                return Add(c, draft, first, k - 2) ? draft : null;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>NAME, an independent analyst, said …</c>: the name before an appositive that ends right before the cue. The
    /// appositive opens with a determiner or a lower-case word and is short; the speaker is the name alone.
    /// </summary>
    private static SpeakerPhrase? BeforeAppositive(QuoteContext c, int comma, int first)
    {
        const int MaxAppositive = 14;
        if (comma <= first || c.Lower[comma] != ",")
        {
            return null;
        }

        for (var p = comma - 1; p > first && comma - p <= MaxAppositive; p--)
        {
            if (c.DirectOf[p] >= 0)
            {
                return null;
            }

            if (c.Lower[p] != ",")
            {
                continue;
            }

            var opener = p + 1;
            if (opener >= comma || !(c.Lexicon.Determiners.ContainsKey(c.Lower[opener]) || !c.IsCapitalized(opener)))
            {
                return null;
            }

            var name = SpeakerPhraseFinder.EndingAt(c, p - 1, first);
            return name is { Kind: SpeakerKind.Named or SpeakerKind.Organization } ? name : null;
        }

        return null;
    }

    /// <summary>The first token of the clause after a cue: past a time, a prepositional phrase, an addressee and <c>that</c>.</summary>
    private static int SkipToClause(QuoteContext c, int r, int end, string lemma)
    {
        for (var guard = 0; guard < 3 && r <= end; guard++)
        {
            while (r <= end && c.InTime[r])
            {
                r++;
            }

            if (r <= end && c.Lower[r] == "to" && IsInfinitive(c, r + 1, end))
            {
                // `wants to reopen`, `plans to vote`: the infinitive is the content.
                return r;
            }

            // "said at least 40 trucks …": a hedge, not a place or an occasion.
            if (r < end && c.Lower[r] == "at" && c.Lower[r + 1] is "least" or "most")
            {
                break;
            }

            if (r <= end && (s_prepositions.Contains(c.Lower[r]) || (guard == 0 && lemma is "tell" or "ask" or "warn" or "urge" or "remind" && c.Kind(r) == TokenKind.Word)))
            {
                // Skip to the next `that`, comma or colon, a short way only.
                var t = r + 1;
                while (t <= end && t - r < 10 && c.Lower[t] is not ("that" or "," or ":") && c.DirectOf[t] < 0)
                {
                    t++;
                }

                if (t > end || t - r >= 10)
                {
                    return end + 1;
                }

                r = c.Lower[t] == "that" ? t : t + (c.DirectOf[t] >= 0 ? 0 : 1);
                continue;
            }

            break;
        }

        if (r <= end && c.Lower[r] is "that" or ":" or ",")
        {
            r++;
        }

        return r;
    }

    /// <summary>Whether the word after <c>to</c> is a verb rather than the start of a noun phrase (<c>to reporters</c>, <c>to the crowd</c>).</summary>
    private static bool IsInfinitive(QuoteContext c, int i, int end)
        => i <= end && c.Kind(i) == TokenKind.Word && !c.IsCapitalized(i) && !c.Lexicon.Determiners.ContainsKey(c.Lower[i])
            && !c.Lexicon.SpeakerNouns.ContainsKey(c.Lower[i]) && !c.Lower[i].EndsWith('s') && c.Lower[i] is not ("him" or "her" or "them" or "us" or "me");

    /// <summary>Adds the content piece <c>[a, b]</c>, trimmed of commas and dashes, if it has at least three words.</summary>
    private static bool Add(QuoteContext c, Draft draft, int a, int b)
    {
        while (a <= b && c.Kind(a) is TokenKind.Punctuation or TokenKind.Dash)
        {
            a++;
        }

        while (b >= a && c.Kind(b) is TokenKind.Punctuation or TokenKind.Dash)
        {
            b--;
        }

        var words = 0;
        for (var t = a; t <= b; t++)
        {
            if (c.Kind(t) is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        if (words < 3)
        {
            return false;
        }

        // A direct quote cut by the sentence end keeps its closing mark in the content.
        if (b + 1 < c.Count && c.DirectOf[b] >= 0 && c.DirectOf[b + 1] == c.DirectOf[b])
        {
            b++;
        }

        draft.Content.Add((a, b));
        return true;
    }
}
