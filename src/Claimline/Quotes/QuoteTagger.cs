using Claimline.Model;
using Claimline.Quotes.Attribution;
using Claimline.Quotes.Finders;
using Claimline.Text;

namespace Claimline.Quotes;

/// <summary>
/// Finds quotes and their speakers, CoreNLP-style: find the quotation marks, then run the sieves from the surest to the
/// loosest (cue beside a direct quote → reported speech around a cue → a speaker carried over in the paragraph), then
/// resolve each speaker mention and date each statement. Stateless; one instance serves all threads.
/// </summary>
public sealed class QuoteTagger(QuoteLexicon lexicon, ISpeakerResolver resolver)
{
    private static readonly Lazy<QuoteTagger> s_english = new(() => new QuoteTagger(QuoteLexicon.English, InArticleSpeakerResolver.English));

    public static QuoteTagger English => s_english.Value;

    /// <summary>The quotes of a document that has tokens, paragraphs, sentences and sentenceTimes (and times, if any).</summary>
    public IReadOnlyList<Quote> Tag(Document document)
    {
        var c = new QuoteContext(document, lexicon);
        var quotes = QuoteMarkFinder.Find(c);
        var drafts = new List<Draft>();
        AdjacentCueFinder.Run(c, quotes, drafts);
        ReportedSpeechFinder.Run(c, quotes, drafts);
        ParagraphSpeakerSieve.Run(c, quotes, drafts);

        var result = new List<Quote>(drafts.Count);
        foreach (var draft in drafts.Where(d => d.Content.Count > 0).OrderBy(d => d.FirstToken))
        {
            result.Add(Build(c, draft, result));
        }

        return result;
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
        TextSpan? speaker = draft.Speaker is { } sp ? c.SpanOf(sp.First, sp.Last) : null;
        string? speakerText = speaker?.Of(c.Text);
        ResolvedSpeaker? resolved = null;
        if (speaker is { } span && draft.Speaker is { } phrase)
        {
            resolved = resolver.Resolve(c.Document, new SpeakerMention(span, speakerText!, phrase.Kind), earlier);
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
            date);
    }
}
