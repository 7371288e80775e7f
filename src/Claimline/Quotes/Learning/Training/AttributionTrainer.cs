using System.Diagnostics;
using Claimline.Learning;
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

    /// <summary>
    /// A word is a cue word (one the cue tagger is asked about) only if it begins a gold cue in at least this share of
    /// its occurrences. Off by default: 0.02 halved the stage's time (<c>the</c>, commas and full stops begin a few
    /// PolNeAR cues and send half of all tokens through the tagger) but cost our own gold 8 points of source F1.
    /// </summary>
    public double MinCueShare { get; init; }

    /// <summary>
    /// Rows whose largest absolute weight is below this share of the model's largest weight are dropped when saving:
    /// they hardly change a decision (on PolNeAR dev the scores moved by under 0.1 F1) and they made up half the model.
    /// </summary>
    public double MinWeightShare { get; init; } = 1.0 / 32;
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

        var starts = new Dictionary<ulong, int>();
        var occurrences = new Dictionary<ulong, int>();
        foreach (var example in examples)
        {
            foreach (var (first, _, labels) in example.CueSentences)
            {
                for (var k = 0; k < labels.Length; k++)
                {
                    var word = example.Traits.Word[first + k];
                    occurrences[word] = occurrences.GetValueOrDefault(word) + 1;
                    if (labels[k] == AttributionLabels.CueBegin)
                    {
                        starts[word] = starts.GetValueOrDefault(word) + 1;
                    }
                }
            }
        }

        var cueWords = starts.Where(s => s.Value >= options.MinCueShare * occurrences[s.Key]).Select(s => s.Key).ToHashSet();
        log?.WriteLine($"{starts.Count:N0} distinct words begin a cue, {cueWords.Count:N0} of them in at least {100 * options.MinCueShare:0.#}% of their occurrences");
        var cues = Train(new CueSequenceSet(examples, cueWords), AttributionLabels.CueNames.Count, options.CueEpochs, log, "cues");
        log?.WriteLine($"cue model: {cues.Keys.Length:N0} features ({watch.Elapsed.TotalSeconds:F1} s)");
        var roles = Train(new RoleSequenceSet(examples), AttributionLabels.RoleNames.Count, options.RoleEpochs, log, "roles");
        log?.WriteLine($"role model: {roles.Keys.Length:N0} features ({watch.Elapsed.TotalSeconds:F1} s)");

        using var stream = new MemoryStream();
        cues = Pruned(cues, options.MinWeightShare);
        roles = Pruned(roles, options.MinWeightShare);
        log?.WriteLine($"kept {cues.Keys.Length:N0} cue and {roles.Keys.Length:N0} role features with a weight of at least {options.MinWeightShare:0.###} of the largest");
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

    /// <summary>One tagger's averaged perceptron, without the rows whose weights would all be stored as 0.</summary>
    private SparseWeights Train(SequenceSet set, int labels, int epochs, TextWriter? log, string name)
    {
        var rows = FeatureRows.Seen(set, options.MinFeatureCount);
        var weights = new AveragedPerceptron(rows, labels).Train(set, epochs, options.Seed, e =>
            log?.WriteLine($"{name}: epoch {e.Epoch}, {e.Mistakes:N0} mistakes in {e.Positions:N0} tokens ({100.0 * e.Mistakes / Math.Max(1, e.Positions):F2}%)"));
        var (keys, kept) = WeightQuantizer.NonZeroRows(rows.Keys, weights, labels, AttributionModelFile.Bits);
        return new SparseWeights(keys, kept, labels);
    }

    /// <summary>The rows with some weight of at least <paramref name="share"/> of the largest weight, in their order.</summary>
    internal static SparseWeights Pruned(SparseWeights weights, double share)
    {
        var labels = weights.Labels;
        var threshold = share * (weights.Weights.Length == 0 ? 0f : weights.Weights.Max(Math.Abs));
        var rows = Enumerable.Range(0, weights.Keys.Length)
            .Where(row => weights.Weights.AsSpan(row * labels, labels).ToArray().Any(w => Math.Abs(w) >= threshold && w != 0))
            .ToArray();
        return new SparseWeights(
            [.. rows.Select(row => weights.Keys[row])],
            [.. rows.SelectMany(row => weights.Weights.AsSpan(row * labels, labels).ToArray())],
            labels);
    }
}
