using Claimline.Model;
using Claimline.Quotes.Attribution;
using Claimline.Quotes.Finders;
using Claimline.Quotes.Learning;
using Claimline.Text;

namespace Claimline.Quotes;

/// <summary>
/// Finds quotes and their speakers, CoreNLP-style: find the quotation marks, then run the sieves from the surest to the
/// loosest (a quote paragraph signed with a dash and a name → cue beside a direct quote → a colon after a speaker → the learned attribution model, when there is one → the
/// reported-speech rules on the cues left → a speaker carried over in the paragraph), then resolve each speaker mention and date each
/// statement. Stateless; one instance serves all threads.
/// </summary>
/// <param name="lexicon">The word lists of the rule finders and of the model's features.</param>
/// <param name="resolver">Resolves speaker mentions to earlier mentions and referents.</param>
/// <param name="model">The learned cue and role taggers; null runs the rules alone.</param>
public sealed class QuoteTagger(QuoteLexicon lexicon, ISpeakerResolver resolver, AttributionModel? model)
{
    private static readonly Lazy<QuoteTagger> s_english = new(() => new QuoteTagger(QuoteLexicon.English, ReferentSpeakerResolver.English, AttributionModel.English));

    /// <summary>The rules alone, without a learned model.</summary>
    public QuoteTagger(QuoteLexicon lexicon, ISpeakerResolver resolver)
        : this(lexicon, resolver, null)
    {
    }

    public AttributionModel? Model => model;

    public static QuoteTagger English => s_english.Value;

    /// <summary>The quotes of a document that has tokens, paragraphs, sentences and sentenceTimes (and times, if any).</summary>
    public IReadOnlyList<Quote> Tag(Document document)
    {
        var c = new QuoteContext(document, lexicon);
        var quotes = QuoteMarkFinder.Find(c);
        TitleQuotes.Mark(c, quotes);
        var drafts = new List<Draft>();
        DashSpeakerFinder.Run(c, quotes, drafts);
        AdjacentCueFinder.Run(c, quotes, drafts);
        ColonSpeakerFinder.Run(c, quotes, drafts);
        if (model is not null)
        {
            LearnedAttributionFinder.Run(c, quotes, drafts, model);
        }

        // The reported-speech rules take the cues the model passed over: on held-out PolNeAR training articles they add
        // more matches than false quotes.
        ReportedSpeechFinder.Run(c, quotes, drafts);

        ParagraphSpeakerSieve.Run(c, quotes, drafts);

        var result = new List<Quote>(drafts.Count);
        foreach (var draft in drafts.Where(d => d.Content.Count > 0).OrderBy(d => d.FirstToken))
        {
            result.Add(Build(c, draft, result));
        }

        return result;
    }

    /// <summary>
    /// The speaker's span: a name phrase that overlaps an entity mention becomes that mention (the tagger knows where
    /// a name starts and ends better than capitals do: <c>Secretary of State Maria Delgado</c> → Maria Delgado).
    /// </summary>
    private static TextSpan SpeakerSpan(QuoteContext c, SpeakerPhrase phrase)
    {
        var span = c.SpanOf(phrase.First, phrase.Last);
        if (phrase.Kind == SpeakerKind.Named && c.Document.TryGet(Layers.Entities, out var entities))
        {
            TextSpan? best = null;
            foreach (var i in SpanIndex.Of(entities).Overlapping(span))
            {
                if (entities[i].Type is Entities.EntityType.Person or Entities.EntityType.Org)
                {
                    best = entities[i].Span;
                }
            }

            return best ?? span;
        }

        return span;
    }

    private Quote Build(QuoteContext c, Draft draft, List<Quote> earlier)
    {
        var pieces = draft.Content.OrderBy(p => p.First).Select(p => c.SpanOf(p.First, p.Last)).ToArray();
        var quoted = 0;
        var words = 0;
        foreach (var (a, b) in draft.Content)
        {
            for (var t = a; t <= b; t++)
            {
                if (c.Kind(t) is TokenKind.Word or TokenKind.Number)
                {
                    words++;
                    if (c.DirectOf[t] >= 0)
                    {
                        quoted++;
                    }
                }
            }
        }

        var kind = quoted == 0 ? QuoteKind.Indirect : quoted == words ? QuoteKind.Direct : QuoteKind.Mixed;
        TextSpan? cue = draft.Cue is { } cr ? c.SpanOf(cr.First, cr.Last) : null;
        TextSpan? speaker = draft.Speaker is { } sp ? SpeakerSpan(c, sp) : null;
        string? speakerText = speaker?.Of(c.Text);
        ResolvedSpeaker? resolved = null;
        if (speaker is { } span && draft.Speaker is { } phrase)
        {
            resolved = resolver.Resolve(c.Document, new SpeakerMention(span, speakerText!, phrase.Kind), earlier);

            // A name or a pronoun is its own referent's mention: only a pronoun, a one-word name or a role "resolves"
            // to an earlier mention; a full name keeps just the referent's key and canonical name.
            if (resolved is not null && phrase.Kind is SpeakerKind.Named && speakerText!.Contains(' ', StringComparison.Ordinal)
                && resolved.Canonical == speakerText)
            {
                resolved = resolved with { Span = span };
            }
        }

        var sentence = c.SentenceOf[draft.Cue?.First ?? draft.FirstToken];
        var date = sentence >= 0 && sentence < c.SentenceTimes.Count ? c.SentenceTimes[sentence].Value : c.Document.Meta.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new Quote(
            new TextSpan(pieces[0].Start, pieces[^1].End),
            kind,
            pieces,
            cue,
            draft.CueLemma,
            speaker,
            speakerText,
            draft.Speaker?.Kind,
            resolved?.Span,
            resolved?.Text,
            draft.Confidence,
            draft.Sieve,
            date,
            resolved?.Key,
            resolved?.Canonical);
    }
}
