using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Quotes.Evaluation;
using Claimline.Text;

namespace Claimline.Quotes.Learning.Training;

/// <summary>
/// One PolNeAR article made ready for training: the quote stage's view of its tokens, and its gold attributions as
/// token ranges — the cue tokens of each sentence, and per cue the labels of its source and content in the cue's
/// sentence. Content outside that sentence (a quote over several sentences) is not a label; the rule finders keep it.
/// </summary>
internal sealed class AttributionExample
{
    private AttributionExample(QuoteContext context, TokenTraits traits)
    {
        Context = context;
        Traits = traits;
    }

    public QuoteContext Context { get; }

    public TokenTraits Traits { get; }

    /// <summary>Per sentence, the gold cue labels (O, B, I) of its tokens.</summary>
    public List<(int First, int Last, int[] Labels)> CueSentences { get; } = [];

    /// <summary>Per cue (gold, or a lexicon cue word that is none: all O), its sentence, cue range and window labels.</summary>
    public List<RoleExample> Roles { get; } = [];

    /// <summary>Gold content tokens, and those of them outside the sentence of their cue.</summary>
    public int ContentTokens { get; private set; }

    public int ContentTokensOutside { get; private set; }

    public static AttributionExample Create(PolnearArticle article, AnnotationPipeline pipeline, QuoteLexicon lexicon)
    {
        var document = pipeline.Run(new Document(article.Text, new DocumentMeta(article.Name, Published: article.Published)));
        var c = new QuoteContext(document, lexicon);
        var t = new TokenTraits(c);
        var example = new AttributionExample(c, t);
        var cueLabel = new int[c.Count];
        foreach (var attribution in article.Attributions)
        {
            if (attribution.Cue.Count == 0)
            {
                continue;
            }

            var (a, b) = Tokens(c, attribution.Cue[0]);
            if (a > b)
            {
                continue;
            }

            for (var i = a; i <= b; i++)
            {
                cueLabel[i] = i == a ? AttributionLabels.CueBegin : AttributionLabels.CueInside;
            }

            example.AddRole(attribution, a, b);
        }

        for (var i = 0; i < c.Count; i++)
        {
            if (t.IsCue[i] && cueLabel[i] == AttributionLabels.Outside && c.SentenceOf[i] >= 0)
            {
                example.AddRole(null, i, i);
            }
        }

        for (var s = 0; s < c.Sentences.Count; s++)
        {
            var (first, last) = c.SentenceRange(s);
            if (last >= first)
            {
                example.CueSentences.Add((first, last, cueLabel[first..(last + 1)]));
            }
        }

        return example;
    }

    private void AddRole(GoldAttribution? attribution, int cueFirst, int cueLast)
    {
        var c = Context;
        var sentence = c.SentenceOf[cueFirst];
        if (sentence < 0)
        {
            return;
        }

        var (first, last) = c.SentenceRange(sentence);
        var window = new RoleWindow();
        window.Prepare(c, Traits, first, last, cueFirst, cueLast);
        var labels = new int[window.Length];
        if (attribution is not null)
        {
            foreach (var span in attribution.Content)
            {
                var (a, b) = Tokens(c, span);
                for (var i = a; i <= b; i++)
                {
                    ContentTokens++;
                    if (i < window.First || i > window.Last)
                    {
                        ContentTokensOutside++;
                        continue;
                    }

                    labels[i - window.First] = AttributionLabels.ContentInside;
                }
            }

            foreach (var span in attribution.Source)
            {
                var (a, b) = Tokens(c, span);
                for (var i = Math.Max(a, window.First); i <= Math.Min(b, window.Last); i++)
                {
                    labels[i - window.First] = AttributionLabels.SourceInside;
                }
            }

            for (var i = cueFirst; i <= cueLast; i++)
            {
                labels[i - window.First] = AttributionLabels.Outside;
            }

            for (var k = 0; k < labels.Length; k++)
            {
                var previous = k > 0 ? labels[k - 1] : AttributionLabels.Outside;
                if (labels[k] == AttributionLabels.ContentInside && !AttributionLabels.IsContent(previous))
                {
                    labels[k] = AttributionLabels.ContentBegin;
                }
                else if (labels[k] == AttributionLabels.SourceInside && !AttributionLabels.IsSource(previous))
                {
                    labels[k] = AttributionLabels.SourceBegin;
                }
            }
        }

        Roles.Add(new RoleExample(first, last, cueFirst, cueLast, labels));
    }

    /// <summary>The inclusive range of tokens that overlap a character span; empty (a &gt; b) when none does.</summary>
    internal static (int First, int Last) Tokens(QuoteContext c, TextSpan span)
    {
        var tokens = c.Tokens;
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var last = lo - 1;
        for (var i = lo; i < tokens.Count && tokens[i].Span.Start < span.End; i++)
        {
            last = i;
        }

        return (lo, last);
    }
}

/// <summary>A role-tagging example: the cue's sentence, the cue's tokens and the gold labels of the cue's window.</summary>
internal sealed record RoleExample(int SentenceFirst, int SentenceLast, int CueFirst, int CueLast, int[] Labels);
