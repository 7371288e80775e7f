using Claimline.Quotes.Attribution;
using Claimline.Quotes.Learning;
using Claimline.Syntax;
using Claimline.Text;

namespace Claimline.Quotes.Finders;

/// <summary>
/// Sieve 2: the learned attribution model. Its cue tagger marks the reporting words of each sentence (verbs of saying,
/// thinking and wanting, <c>according to</c>, <c>in a statement</c>); for each cue no earlier sieve used, its role
/// tagger marks the source and the content in the cue's sentence. A content that is mostly inside quotes another sieve
/// already attributed is left to that sieve; a content piece that ends inside a direct quote runs to the quote's end
/// (a quote over several sentences).
/// </summary>
internal static class LearnedAttributionFinder
{
    public const string Id = "learned";

    public static void Run(QuoteContext c, List<DirectQuote> quotes, List<Draft> drafts, AttributionModel model)
    {
        var traits = new TokenTraits(c);
        var covered = new bool[c.Count];
        foreach (var draft in drafts)
        {
            foreach (var (a, b) in draft.Content)
            {
                covered.AsSpan(a, b - a + 1).Fill(true);
            }
        }

        var window = new RoleWindow();
        var syntax = new DocumentSyntax(c.Document);
        var cueLabels = new int[64];
        var margins = new int[64];
        var roleLabels = new int[(2 * AttributionFeatures.RoleReach) + 64];
        for (var s = 0; s < c.Sentences.Count; s++)
        {
            var (first, last) = c.SentenceRange(s);
            if (last < first)
            {
                continue;
            }

            if (cueLabels.Length < last - first + 1)
            {
                cueLabels = new int[(last - first + 1) * 2];
                margins = new int[(last - first + 1) * 2];
            }

            model.TagCues(c, traits, first, last, cueLabels, margins);
            for (var k = 0; k <= last - first; k++)
            {
                if (cueLabels[k] == AttributionLabels.Outside)
                {
                    continue;
                }

                var a = first + k;
                while (k + 1 <= last - first && cueLabels[k + 1] == AttributionLabels.CueInside)
                {
                    k++;
                }

                var b = first + k;
                if (Used(c, a, b))
                {
                    continue;
                }

                window.Prepare(c, traits, first, last, a, b);
                if (roleLabels.Length < window.Length)
                {
                    roleLabels = new int[window.Length * 2];
                }

                model.TagRoles(c, traits, window, roleLabels);
                var draft = Read(c, window, roleLabels.AsSpan(0, window.Length));
                if (draft is not null)
                {
                    WholeClause(c, syntax, draft, a, b);
                }

                if (draft?.Speaker is { } source && (InsideQuote(c, source) || NamesNobody(c, source)))
                {
                    // A source in quotation marks is words of a quote (`their consciousness,”`), not who spoke them; the rules'
                    // subject of the cue stands in below.
                    draft.Speaker = null;
                }
                else if (draft?.Speaker is { } reaching && AfterQuote(c, reaching) is var after && after > reaching.First)
                {
                    // A source that reaches back into a quote (`… their consciousness,” Ana Kovac`) is the name after it.
                    draft.Speaker = after <= reaching.Last ? new SpeakerPhrase(after, reaching.Last, SpeakerPhraseFinder.KindOf(c, after, reaching.Last)) : null;
                }

                if (draft is not null && draft.Speaker is null)
                {
                    // The model left the source out; the rules' subject of the cue stands in (`Ethiopia rejected …`).
                    draft.Speaker = RuleSpeaker(c, draft, a, first);
                }

                if (draft is null || MostlyCovered(c, draft, covered) || (draft.Speaker is null && Words(c, draft) < 4)
                    || IsMannerPhrase(c, draft, b) || AllTitle(c, draft))
                {
                    // A short content with no source is most often a name for something (`was called a “quiet
                    // revolution”`), not a statement.
                    continue;
                }

                TrimAfterCue(c, draft, b);
                draft.Speaker = WiderSpeaker(c, draft.Speaker, a, first);
                draft.Speaker = WholeCoordination(c, syntax, draft.Speaker, a, draft.Content);

                draft.Cue = (a, b);
                draft.CueLemma = LemmaOf(c, a, b);
                draft.Sieve = Id;
                draft.Confidence = c.Lexicon.LearnedConfidence(margins[a - first]);
                ExtendIntoQuotes(c, quotes, draft);
                if (SameContentAsAnother(drafts, draft))
                {
                    continue;
                }

                for (var i = a; i <= b; i++)
                {
                    c.CueUsed[i] = true;
                }

                drafts.Add(draft);
            }
        }
    }

    /// <summary>
    /// Where the parse gives the cue a clause as its content and the tagger marked it in pieces covering less than half
    /// of it (`There is a “high possibility” that …, he said` read as two stray pieces), the content is the clause: the cue's
    /// <c>ccomp</c>, or for an inverted `…, he said` the clause the cue hangs from as <c>parataxis</c>, up to the
    /// cue's own words. A clause that holds the draft's source is not its content and is left alone.
    /// </summary>
    private static void WholeClause(QuoteContext c, DocumentSyntax syntax, Draft draft, int cueFirst, int cueLast)
    {
        var cue = syntax.HeadWithin(cueFirst, cueLast);
        if (!syntax.IsParsed(cue))
        {
            return;
        }

        (int First, int Last)? clause = null;
        foreach (var (token, relation) in syntax.Dependents(cue))
        {
            if (relation == "ccomp")
            {
                clause = syntax.Subtree(token);
                break;
            }
        }

        var head = syntax.HeadOf(cue);
        if (clause is null && head >= 0 && head < cueFirst && syntax.RelationOf(cue) == "parataxis")
        {
            var (first, _) = syntax.Subtree(head);
            var (cueStart, _) = syntax.Subtree(cue);
            clause = (first, Math.Min(cueStart, cueFirst) - 1);
        }

        if (clause is not { } range)
        {
            return;
        }

        var (a, b) = Trim(c, range.First, range.Last);
        if (a > b || (a <= cueLast && b >= cueFirst) || b - a + 1 > 2 * AttributionFeatures.RoleReach
            || (draft.Speaker is { } speaker && speaker.First <= b && speaker.Last >= a))
        {
            return;
        }

        var marked = 0;
        foreach (var (x, y) in draft.Content)
        {
            marked += Math.Max(0, Math.Min(y, b) - Math.Max(x, a) + 1);
        }

        // Only a broken reading is replaced: several pieces that together cover less than half the clause. A single
        // short piece is most often a right reading of a smaller content (PolNeAR scored that choice lower).
        if (draft.Content.Count > 1 && 2 * marked < b - a + 1)
        {
            draft.Content.Clear();
            draft.Content.Add((a, b));
        }
    }

    /// <summary>
    /// A second cue of one statement (`told reporters: “…”` tagged at `told` and at the colon) gives the same content;
    /// one statement is one attribution. A nested attribution has a smaller content than its outer one and stays.
    /// </summary>
    private static bool SameContentAsAnother(List<Draft> drafts, Draft draft)
    {
        for (var k = drafts.Count - 1; k >= 0 && k >= drafts.Count - 8; k--)
        {
            if (drafts[k].Content.SequenceEqual(draft.Content))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "…, he said through an interpreter.": a short prepositional phrase right after the cue is how it was said, not
    /// what; the draft is dropped so that the rules attribute the clause before the speaker.
    /// </summary>
    private static bool IsManner(QuoteContext c, int token) => c.Lower[token] is "through" or "via" or "in" or "at" or "on" or "during" or "from";

    private static bool IsMannerPhrase(QuoteContext c, Draft draft, int cueLast)
        => draft.Content.Count == 1 && draft.Content[0].First > cueLast && draft.Content[0].First - cueLast <= 2
            && IsManner(c, cueLast + 1) && Words(c, draft) <= 4;

    /// <summary>
    /// A source that cannot be a speaker: only time words (<c>August</c>, <c>recently</c>), or one lower-case word that
    /// is an adverb or a participle (<c>together</c>, <c>going</c>) and neither a pronoun nor a speaker noun.
    /// </summary>
    internal static bool NamesNobody(QuoteContext c, SpeakerPhrase source)
    {
        var allTime = true;
        for (var i = source.First; i <= source.Last; i++)
        {
            allTime &= c.InTime[i] || c.Kind(i) is not (TokenKind.Word or TokenKind.Number);
        }

        if (allTime)
        {
            return true;
        }

        if (source.First != source.Last || c.IsCapitalized(source.First) || c.Lexicon.Pronouns.ContainsKey(c.Lower[source.First])
            || c.Lexicon.SpeakerNouns.ContainsKey(c.Lower[source.First]))
        {
            return false;
        }

        var word = c.Lower[source.First];
        return word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word is "together" || c.Lexicon.CueForms.ContainsKey(word);
    }

    /// <summary>
    /// Whether the source's head, its last word, lies in quotation marks. A source that only reaches into a quote
    /// (<c>on “Face the Nation,” Sen. Ana Kovac</c>) keeps its name outside and stays.
    /// </summary>
    private static bool InsideQuote(QuoteContext c, SpeakerPhrase source)
    {
        for (var i = source.Last; i >= source.First; i--)
        {
            if (c.Kind(i) is TokenKind.Word or TokenKind.Number)
            {
                return c.DirectOf[i] >= 0;
            }
        }

        return false;
    }

    /// <summary>The first token of the source after the last of its tokens in quotation marks (and the punctuation after them).</summary>
    private static int AfterQuote(QuoteContext c, SpeakerPhrase source)
    {
        var after = source.First;
        for (var i = source.First; i <= source.Last; i++)
        {
            if (c.DirectOf[i] >= 0)
            {
                after = i + 1;
            }
        }

        while (after > source.First && after <= source.Last && c.Kind(after) is TokenKind.Punctuation or TokenKind.Dash)
        {
            after++;
        }

        return after;
    }

    /// <summary>A content that is only a quoted title (<c>hosts “The Morning Hour”</c>) names a work; nothing was said.</summary>
    private static bool AllTitle(QuoteContext c, Draft draft)
    {
        foreach (var (a, b) in draft.Content)
        {
            for (var i = a; i <= b; i++)
            {
                if (!c.InTitle[i] && c.Kind(i) is TokenKind.Word or TokenKind.Number)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int Words(QuoteContext c, Draft draft)
        => draft.Content.Sum(p => Enumerable.Range(p.First, p.Last - p.First + 1).Count(i => c.Kind(i) is TokenKind.Word or TokenKind.Number));

    /// <summary>A piece right after the cue starts past a time and <c>that</c> (<c>said Tuesday that …</c>).</summary>
    private static void TrimAfterCue(QuoteContext c, Draft draft, int cueLast)
    {
        for (var p = 0; p < draft.Content.Count; p++)
        {
            var (a, b) = draft.Content[p];
            if (a <= cueLast || a - cueLast > 4)
            {
                continue;
            }

            while (a < b && (c.InTime[a] || c.Lower[a] == "that"))
            {
                a++;
            }

            draft.Content[p] = (a, b);
        }
    }

    /// <summary>
    /// The rules' speaker phrase before the cue when it takes in the model's source and names several speakers
    /// (<c>Lisbon and its partners estimate</c>): the model often stops at the first of them.
    /// </summary>
    private static SpeakerPhrase? WiderSpeaker(QuoteContext c, SpeakerPhrase? source, int cue, int first)
    {
        if (source is null || source.Last >= cue)
        {
            return source;
        }

        var phrase = SpeakerPhraseFinder.EndingAt(c, SpeakerPhraseFinder.SkipBackToSpeaker(c, cue, first), first);
        if (phrase is null || phrase.First > source.First || phrase.Last < source.Last)
        {
            return source;
        }

        // Joint speakers whole; a name the tagger cut before its last word (`Interior` of `Interior Minister Samuel
        // Otieno said`) whole too.
        return phrase.Kind == SpeakerKind.Multiple || (phrase.Kind == SpeakerKind.Named && phrase.Last > source.Last) ? phrase : source;
    }

    /// <summary>
    /// A source that is the last part of a coordination (`South Korea and Japan` of `the U.S., South Korea and Japan
    /// released a joint statement`) reaches back over the earlier parts, as the parse coordinates them: joint speakers
    /// stay joint, all of them. Only before the cue, and never over a quotation mark.
    /// </summary>
    private static SpeakerPhrase? WholeCoordination(QuoteContext c, DocumentSyntax syntax, SpeakerPhrase? source, int cue, List<(int First, int Last)> content)
    {
        if (source is null || source.Last >= cue)
        {
            return source;
        }

        var head = syntax.HeadWithin(source.First, source.Last);
        // Up through coordinations and appositions of names (`the U.S., South Korea and Japan` may be parsed either way).
        for (var steps = 0; steps < 8 && syntax.RelationOf(head) is "conj" or "appos" && syntax.HeadOf(head) is var up && up >= 0 && up < head
            && syntax.TagOf(up) is Upos.PROPN or Upos.NOUN; steps++)
        {
            head = up;
        }

        if (head >= source.First)
        {
            return source;
        }

        var (first, _) = syntax.Subtree(head);
        while (first < source.First && c.Kind(first) is TokenKind.Punctuation or TokenKind.Dash)
        {
            first++;
        }

        for (var i = first; i < source.First; i++)
        {
            // Numbers and times belong to the content (`killed at least 87 people, officials said`), not to speakers.
            if (c.Kind(i) is TokenKind.Quote or TokenKind.Terminal or TokenKind.Number || c.DirectOf[i] >= 0 || c.CueUsed[i] || c.InTime[i]
                || content.Any(p => i >= p.First && i <= p.Last))
            {
                return source;
            }
        }

        return new SpeakerPhrase(first, source.Last, SpeakerKind.Multiple);
    }

    private static SpeakerPhrase? RuleSpeaker(QuoteContext c, Draft draft, int cue, int first)
    {
        var phrase = SpeakerPhraseFinder.EndingAt(c, SpeakerPhraseFinder.SkipBackToSpeaker(c, cue, first), first);
        return phrase is not null && !draft.Content.Any(p => p.First <= phrase.Last && p.Last >= phrase.First) ? phrase : null;
    }

    private static bool Used(QuoteContext c, int a, int b)
    {
        for (var i = a; i <= b; i++)
        {
            if (c.CueUsed[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The content pieces and the source nearest the cue, from the role labels; null without content words.</summary>
    /// <summary>
    /// Joins two content pieces that one word the tagger left out separates (`the … to run all night` for `the ferry
    /// to run all night`): a real break in a content is the cue and its source or punctuation, never a lone word.
    /// </summary>
    private static void JoinOneWordGaps(QuoteContext c, RoleWindow window, Draft draft, (int First, int Last)? source)
    {
        for (var k = draft.Content.Count - 1; k > 0; k--)
        {
            var (a, b) = draft.Content[k - 1];
            var (x, y) = draft.Content[k];
            var gap = b + 1;
            if (x != b + 2 || (gap >= window.CueFirst && gap <= window.CueLast) || c.Kind(gap) is not (TokenKind.Word or TokenKind.Number)
                || (source is { } s && gap >= s.First && gap <= s.Last && s.First == s.Last))
            {
                continue;
            }

            draft.Content[k - 1] = (a, y);
            draft.Content.RemoveAt(k);
        }
    }

    private static Draft? Read(QuoteContext c, RoleWindow window, ReadOnlySpan<int> labels)
    {
        var draft = new Draft();
        (int First, int Last)? source = null;
        var sourceDistance = int.MaxValue;
        var words = 0;
        for (var k = 0; k < labels.Length; k++)
        {
            var label = labels[k];
            if (label == AttributionLabels.Outside)
            {
                continue;
            }

            var content = AttributionLabels.IsContent(label);
            var start = k;
            while (k + 1 < labels.Length && (content ? labels[k + 1] == AttributionLabels.ContentInside : labels[k + 1] == AttributionLabels.SourceInside))
            {
                k++;
            }

            int a = window.First + start, b = window.First + k;
            if (content)
            {
                (a, b) = Trim(c, a, b);
                if (a > b)
                {
                    continue;
                }

                draft.Content.Add((a, b));
                for (var i = a; i <= b; i++)
                {
                    words += c.Kind(i) is TokenKind.Word or TokenKind.Number ? 1 : 0;
                }
            }
            else
            {
                var distance = b < window.CueFirst ? window.CueFirst - b : a - window.CueLast;
                if (distance < sourceDistance)
                {
                    source = (a, b);
                    sourceDistance = distance;
                }
            }
        }

        if (words == 0)
        {
            return null;
        }

        JoinOneWordGaps(c, window, draft, source);
        if (source is { } s)
        {
            s = WithoutAppositive(c, s.First, s.Last);
            draft.Speaker = new SpeakerPhrase(s.First, s.Last, SpeakerPhraseFinder.KindOf(c, s.First, s.Last));
        }

        return draft;
    }

    /// <summary>
    /// PolNeAR's sources take in appositives (<c>Ana Kovac, a spokeswoman for the ministry,</c>); the speaker is the
    /// name before the first comma when an appositive opening with a determiner follows it, else the whole source.
    /// </summary>
    private static (int First, int Last) WithoutAppositive(QuoteContext c, int first, int last)
    {
        for (var i = first + 1; i < last; i++)
        {
            if (c.Lower[i] == "," && c.IsCapitalized(i - 1) && c.Lexicon.Determiners.ContainsKey(c.Lower[i + 1]))
            {
                return (first, i - 1);
            }
        }

        return (first, last);
    }

    /// <summary>Drops commas and dashes at the edges of a piece; its quotation marks stay.</summary>
    private static (int First, int Last) Trim(QuoteContext c, int a, int b)
    {
        while (a <= b && c.Kind(a) is TokenKind.Punctuation or TokenKind.Dash)
        {
            a++;
        }

        while (b >= a && c.Kind(b) is TokenKind.Punctuation or TokenKind.Dash)
        {
            b--;
        }

        return (a, b);
    }

    private static bool MostlyCovered(QuoteContext c, Draft draft, bool[] covered)
    {
        int inside = 0, all = 0;
        foreach (var (a, b) in draft.Content)
        {
            for (var i = a; i <= b; i++)
            {
                all++;
                inside += covered[i] ? 1 : 0;
            }
        }

        return inside * 2 > all;
    }

    /// <summary>A piece that ends inside a direct quote takes the rest of it, and the quote counts as taken.</summary>
    private static void ExtendIntoQuotes(QuoteContext c, List<DirectQuote> quotes, Draft draft)
    {
        for (var p = 0; p < draft.Content.Count; p++)
        {
            var (a, b) = draft.Content[p];
            var q = c.DirectOf[b];
            if (q < 0)
            {
                continue;
            }

            var quote = quotes[q];
            foreach (var piece in quote.Pieces)
            {
                if (piece.First <= b && piece.Last > b)
                {
                    draft.Content[p] = (a, piece.Last);
                }
            }

            // Later paragraphs of the same quote are content too.
            foreach (var piece in quote.Pieces.Where(piece => piece.First > b))
            {
                draft.Content.Add(piece);
            }

            quote.Taken = true;
        }

        draft.Content.Sort();
    }

    private static string LemmaOf(QuoteContext c, int a, int b)
    {
        if (c.AccordingToLength(a) > 0)
        {
            return "according to";
        }

        for (var i = a; i <= b; i++)
        {
            if (c.Lexicon.CueForms.TryGetValue(c.Lower[i], out var lemma))
            {
                return lemma;
            }
        }

        return string.Join(' ', Enumerable.Range(a, b - a + 1).Select(i => c.Lower[i]));
    }
}
