using System.Diagnostics;
using Claimline.Pipeline;
using Claimline.Quotes.Evaluation;

namespace Claimline.Quotes.Learning.Training;

/// <summary>Settings of <see cref="AttributionTrainer"/>; the defaults trained the shipped model.</summary>
public sealed record AttributionTrainingOptions
{
    public int CueEpochs { get; init; } = 10;

    public int RoleEpochs { get; init; } = 10;

    /// <summary>Seeds the shuffling between epochs: the same seed and data give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>A feature is kept only if it occurs at least this often in the training data (with gold context).</summary>
    public int MinFeatureCount { get; init; } = 4;
}

/// <summary>The trained model, its file bytes and what it was trained on.</summary>
public sealed record TrainedAttributionModel(AttributionModel Model, byte[] File, int Articles, int Attributions, int Tokens, double ContentOutsideShare);

/// <summary>
/// Trains the <see cref="AttributionModel"/> on PolNeAR articles: each article goes through the standard stages up to
/// time expressions (what the quote stage sees), its gold attributions become cue labels per sentence and role labels
/// per cue, and two averaged perceptrons are trained on them.
/// </summary>
public sealed class AttributionTrainer(AttributionTrainingOptions options)
{
    /// <param name="articles">The training articles.</param>
    /// <param name="dev">Articles to score the two taggers on after training (<see cref="AttributionDiagnostics"/>), or null.</param>
    /// <param name="log">Progress lines, or null.</param>
    public TrainedAttributionModel Train(IEnumerable<PolnearArticle> articles, IEnumerable<PolnearArticle>? dev = null, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var watch = Stopwatch.StartNew();
        var pipeline = StandardPipeline.CreateUntil("times");
        var examples = new List<AttributionExample>();
        var attributions = 0;
        foreach (var article in articles)
        {
            examples.Add(AttributionExample.Create(article, pipeline, QuoteLexicon.English));
            attributions += article.Attributions.Count;
        }

        var devExamples = dev?.Select(a => AttributionExample.Create(a, pipeline, QuoteLexicon.English)).ToList();

        var tokens = examples.Sum(e => e.Context.Count);
        var content = examples.Sum(e => e.ContentTokens);
        var outside = examples.Sum(e => e.ContentTokensOutside);
        var share = content == 0 ? 0 : (double)outside / content;
        log?.WriteLine($"{examples.Count} articles, {attributions:N0} attributions, {tokens:N0} tokens; {100 * share:F1}% of gold content tokens lie outside their cue's window ({watch.Elapsed.TotalSeconds:F1} s)");

        var cueWords = new HashSet<ulong>();
        foreach (var example in examples)
        {
            foreach (var (first, _, labels) in example.CueSentences)
            {
                for (var k = 0; k < labels.Length; k++)
                {
                    if (labels[k] == AttributionLabels.CueBegin)
                    {
                        cueWords.Add(example.Traits.Word[first + k]);
                    }
                }
            }
        }

        log?.WriteLine($"{cueWords.Count:N0} distinct words begin a cue");
        var cues = new SequencePerceptron(AttributionLabels.CueNames.Count, options.CueEpochs, options.Seed, options.MinFeatureCount)
            .Train(new CueSequenceSet(examples, cueWords), log, "cues");
        log?.WriteLine($"cue model: {cues.Keys.Length:N0} features ({watch.Elapsed.TotalSeconds:F1} s)");
        var roles = new SequencePerceptron(AttributionLabels.RoleNames.Count, options.RoleEpochs, options.Seed, options.MinFeatureCount)
            .Train(new RoleSequenceSet(examples), log, "roles");
        log?.WriteLine($"role model: {roles.Keys.Length:N0} features ({watch.Elapsed.TotalSeconds:F1} s)");

        using var stream = new MemoryStream();
        AttributionModelFile.Write(stream, new AttributionModel([.. cueWords.Order()], cues, roles));
        var bytes = stream.ToArray();
        var model = AttributionModelFile.Read(new MemoryStream(bytes), "trained model");
        if (devExamples is not null && log is not null)
        {
            var d = AttributionDiagnostics.Evaluate(model, devExamples);
            log.WriteLine($"dev cue spans {d.Cues}");
            log.WriteLine($"dev content tokens given gold cues {d.ContentTokens}");
            log.WriteLine($"dev source tokens given gold cues {d.SourceTokens}");
        }

        return new TrainedAttributionModel(model, bytes, examples.Count, attributions, tokens, share);
    }
}
