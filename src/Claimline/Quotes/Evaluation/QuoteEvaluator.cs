using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Quotes.Evaluation;

/// <summary>Runs the standard pipeline over gold articles (PolNeAR, or our own gold file) and scores the quotes layer with <see cref="QuoteScorer"/>.</summary>
public static class QuoteEvaluator
{
    /// <param name="directory">A PolNeAR part (or the corpus folder: its dev/ part).</param>
    /// <param name="tagger">The quote tagger to score; null for the shipped one.</param>
    public static QuoteScorer EvaluateDirectory(string directory, QuoteTagger? tagger = null)
    {
        var pipeline = CreatePipeline(tagger);
        var scorer = new QuoteScorer();
        foreach (var article in PolnearReader.ReadDirectory(directory))
        {
            var document = pipeline.Run(new Document(article.Text, new DocumentMeta(article.Name, Published: article.Published)));
            scorer.Add(article.Name, article.Text, article.Attributions, document.Get(Layers.Quotes));
        }

        return scorer;
    }

    /// <summary>
    /// Human agreement: on the articles of <paramref name="directory"/> that several annotators labelled, each pair of
    /// annotations scored against each other (<see cref="PolnearReader.ReadAnnotatorPairs"/>) with the same scorer.
    /// </summary>
    public static QuoteScorer EvaluateAgreement(string directory)
    {
        var scorer = new QuoteScorer();
        foreach (var (gold, other) in PolnearReader.ReadAnnotatorPairs(directory))
        {
            scorer.Add(gold.Name, gold.Text, gold.Attributions, [.. other.Select(AsQuote)]);
        }

        return scorer;
    }

    /// <summary>An annotator's attribution in the shape of a system quote: its content, its cue and source extents.</summary>
    internal static Quote AsQuote(GoldAttribution a)
    {
        static TextSpan? Extent(IReadOnlyList<TextSpan> spans) => spans.Count == 0 ? null : new TextSpan(spans.Min(s => s.Start), spans.Max(s => s.End));

        return new Quote(
            Extent(a.Content)!.Value, a.Kind ?? QuoteKind.Indirect, a.Content, Extent(a.Cue), null, Extent(a.Source), null, null, null, null,
            Confidence: 1, Sieve: "annotator", Date: null);
    }

    /// <summary>Runs the standard pipeline over the articles of a quotes gold file (docs/quotes.md) and scores them.</summary>
    public static QuoteScorer EvaluateGold(IEnumerable<QuoteGoldArticle> articles, QuoteTagger? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var pipeline = CreatePipeline(tagger);
        var scorer = new QuoteScorer();
        foreach (var article in articles)
        {
            var document = pipeline.Run(new Document(article.Text, new DocumentMeta(article.Id, Source: article.Source, Published: article.Date)));
            scorer.Add(article.Id, article.Text, article.Attributions, document.Get(Layers.Quotes));
        }

        return scorer;
    }

    /// <summary>The standard pipeline, with <paramref name="tagger"/> in the quote stage when given.</summary>
    public static AnnotationPipeline CreatePipeline(QuoteTagger? tagger)
        => tagger is null
            ? StandardPipeline.Create()
            : AnnotationPipeline.Create([.. StandardPipeline.Stages().Select(s => s is QuoteAnnotator ? new QuoteAnnotator(tagger) : s)]);
}
