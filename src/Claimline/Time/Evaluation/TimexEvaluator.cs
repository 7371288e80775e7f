using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Time.Evaluation;

/// <summary>
/// Runs the standard pipeline over TimeML files — the TEXT content with tags removed, dated by the CREATION_TIME
/// TIMEX3 — and scores its <c>times</c> layer against the gold TIMEX3s with <see cref="TimexScorer"/>.
/// </summary>
public static class TimexEvaluator
{
    public static TimexScorer Evaluate(IEnumerable<TimeMlDocument> documents, AnnotationPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        pipeline ??= StandardPipeline.Create();
        var scorer = new TimexScorer();
        foreach (var gold in documents)
        {
            var document = pipeline.Run(new Document(gold.Text, new DocumentMeta(gold.Name, Published: gold.CreationTime)));
            scorer.Add(gold, document.Get(Layers.Times));
        }

        return scorer;
    }

    /// <summary>Reads and scores every <c>.tml</c> file under the given files and directories.</summary>
    public static TimexScorer EvaluateFiles(IEnumerable<string> paths, AnnotationPipeline? pipeline = null)
        => Evaluate(TimeMlReader.FindFiles(paths).Select(TimeMlReader.Read), pipeline);
}
