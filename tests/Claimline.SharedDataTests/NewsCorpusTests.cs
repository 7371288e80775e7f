using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Text;

namespace Claimline.SharedDataTests;

/// <summary>The whole benchmark news corpus (256 wire and broadcast articles) goes through the pipeline cleanly.</summary>
public class NewsCorpusTests
{
    [Fact]
    public void Every_article_reads_and_passes_layer_validation()
    {
        var path = SharedData.Path("data", "news", "tbaq-articles.jsonl");
        var pipeline = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true });
        var results = pipeline.RunAll(new DocumentReader().Read(path).Select(r => r.Document ?? throw r.Error!), 2).ToArray();
        Assert.Equal(256, results.Length);
        Assert.All(results, r => Assert.Null(r.Error));

        // Associated Press copy opens with a dateline ("NAIROBI, Kenya (AP) _"); nearly all of it must be found.
        var ap = results.Where(r => r.Document.Meta.Source == "APW").ToArray();
        var withDateline = ap.Count(r => r.Document.Get(Layers.Datelines).Count > 0);
        Assert.True(withDateline >= ap.Length * 0.9, $"datelines found in {withDateline} of {ap.Length} AP articles");

        // Sentences of reasonable length: the splitter neither merges paragraphs nor shreds abbreviations.
        var sentences = results.SelectMany(r => r.Document.Get(Layers.Sentences).Select(s => s.TokenCount)).ToArray();
        var words = results.Sum(r => TextStatistics.CountWords(r.Document.Get(Layers.Tokens)));
        var mean = sentences.Average();
        Assert.InRange(mean, 15, 35);
        Assert.True(words > 80_000);
    }
}
