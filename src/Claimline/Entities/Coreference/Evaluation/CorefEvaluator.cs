using Claimline.Evaluation;
using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Entities.Coreference.Evaluation;

/// <summary>Precision, recall and F1 of the links, overall and per anaphor kind, with the errors behind them.</summary>
public sealed record CorefScores(int Articles, Score Overall, IReadOnlyDictionary<AnaphorKind, Score> PerKind, IReadOnlyList<string> Errors);

/// <summary>
/// Scores the coreference stage against gold articles (docs/coreference.md). Each article runs through the standard
/// stages up to <c>coreference</c>. A system link is correct when its span overlaps a gold anaphor that names a
/// referent and the link's key or canonical name equals that referent (ignoring case). Every system link counts for
/// precision, including links on anaphors the gold leaves unlinked or does not list; every gold anaphor with a
/// referent counts for recall. Per kind: system links by their kind, gold anaphors and correct links by the gold kind.
/// </summary>
public static class CorefEvaluator
{
    public static CorefScores Evaluate(IReadOnlyList<CorefGoldArticle> articles, AnnotationPipeline? pipeline = null)
    {
        pipeline ??= StandardPipeline.CreateUntil("coreference");
        var kinds = Enum.GetValues<AnaphorKind>().ToDictionary(k => k, _ => default(Score));
        var errors = new List<string>();
        foreach (var article in articles)
        {
            var document = pipeline.Run(new Document(article.Text, new DocumentMeta(article.Id, Published: article.Date)));
            var links = document.Get(Layers.Anaphora);
            var goldFound = new bool[article.Links.Count];
            foreach (var link in links)
            {
                kinds[link.Kind] += new Score(0, 1, 0);
                var g = FindGold(article.Links, link.Span);
                if (g < 0)
                {
                    errors.Add($"spurious  {article.Id}: '{link.Span.Of(article.Text)}'@{link.Span.Start} → {link.Canonical} ({link.Sieve} {link.Confidence:0.00})");
                    continue;
                }

                var gold = article.Links[g];
                if (gold.Referent is not null && (string.Equals(gold.Referent, link.Key, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(gold.Referent, link.Canonical, StringComparison.OrdinalIgnoreCase)))
                {
                    goldFound[g] = true;
                    kinds[gold.Kind] += new Score(1, 0, 0);
                }
                else
                {
                    errors.Add($"wrong     {article.Id}: '{gold.Anaphor}'@{gold.Offset} → {link.Canonical} ({link.Sieve} {link.Confidence:0.00}), gold {gold.Referent ?? "no link"}");
                }
            }

            for (var g = 0; g < article.Links.Count; g++)
            {
                var gold = article.Links[g];
                if (gold.Referent is null)
                {
                    continue;
                }

                kinds[gold.Kind] += new Score(0, 0, 1);
                if (!goldFound[g] && !links.Any(l => l.Span.Overlaps(Span(gold))))
                {
                    errors.Add($"missed    {article.Id}: '{gold.Anaphor}'@{gold.Offset}, gold {gold.Referent}");
                }
            }
        }

        var overall = kinds.Values.Aggregate(default(Score), (a, b) => a + b);
        return new CorefScores(articles.Count, overall, kinds, errors);
    }

    private static int FindGold(IReadOnlyList<CorefGoldLink> links, TextSpan span)
    {
        for (var i = 0; i < links.Count; i++)
        {
            if (Span(links[i]).Overlaps(span))
            {
                return i;
            }
        }

        return -1;
    }

    private static TextSpan Span(CorefGoldLink link) => new(link.Offset, link.Offset + link.Anaphor.Length);
}
