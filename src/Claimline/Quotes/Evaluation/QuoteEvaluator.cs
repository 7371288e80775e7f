using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Quotes.Evaluation;

/// <summary>Runs the standard pipeline over PolNeAR articles and scores the quotes layer with <see cref="QuoteScorer"/>.</summary>
public static class QuoteEvaluator
{
    public static QuoteScorer EvaluateDirectory(string directory)
    {
        var pipeline = StandardPipeline.Create();
        var scorer = new QuoteScorer();
        foreach (var article in PolnearReader.ReadDirectory(directory))
        {
            var document = pipeline.Run(new Document(article.Text, new DocumentMeta(article.Name, Published: article.Published)));
            scorer.Add(article.Name, article.Text, article.Attributions, document.Get(Layers.Quotes));
        }

        return scorer;
    }
}
