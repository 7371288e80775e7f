using System.Diagnostics;
using Claimline.Entities.Evaluation;
using Claimline.Entities.Features;
using Claimline.Entities.Gazetteers;
using Claimline.Entities.Tagging;
using Claimline.Learning;

namespace Claimline.Entities.Training;

/// <summary>
/// Trains the tagger's averaged perceptron (<see cref="AveragedPerceptron"/>) on CoNLL data, decoding greedily left
/// to right as the tagger does, so the previous-label and history features see the trainer's own predictions.
/// Deterministic: the same data and options give the same file.
/// <list type="number">
/// <item>Count every feature over the training data with gold context; keep those seen at least
/// <see cref="TrainingOptions.MinFeatureCount"/> times.</item>
/// <item>Train <see cref="TrainingOptions.Shuffles"/> perceptrons with consecutive seeds, each shuffling the sentence
/// blocks (<see cref="ConllSequenceSet"/>) before every epoch, and average their averaged weights.</item>
/// <item>Quantize to <see cref="TrainingOptions.WeightBits"/> bits, dropping features whose weights all round to 0.</item>
/// </list>
/// </summary>
public sealed class PerceptronTrainer(Gazetteer gazetteer, TrainingOptions options)
{
    private readonly int _labels = BilouLabels.Count;

    public TrainedModel Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        var watch = Stopwatch.StartNew();
        var set = new ConllSequenceSet(train, gazetteer, options);
        var rows = FeatureRows.Seen(set, options.MinFeatureCount);
        log?.WriteLine($"features: {rows.Count:N0} seen at least {options.MinFeatureCount} times ({watch.Elapsed.TotalSeconds:F1} s)");

        var averaged = new float[rows.Count * _labels];
        for (var run = 0; run < options.Shuffles; run++)
        {
            var weights = TrainOnce(set, dev, rows, options.Seed + run, log, watch);
            for (var i = 0; i < averaged.Length; i++)
            {
                averaged[i] += weights[i] / options.Shuffles;
            }
        }

        using var file = new MemoryStream();
        var (keptKeys, keptWeights) = WeightQuantizer.NonZeroRows(rows.Keys, averaged, _labels, options.WeightBits);
        ModelFile.Write(file, FeatureExtractor.Version, Enumerable.Range(0, _labels).Select(BilouLabels.Name).ToArray(), keptKeys, keptWeights, options.WeightBits);
        var bytes = file.ToArray();
        var final = ModelFile.Read(new MemoryStream(bytes), "trained model");
        log?.WriteLine($"model: {final.FeatureCount:N0} features after pruning, {bytes.Length:N0} bytes");
        var devScore = dev is null ? null : NerEvaluation.Evaluate(new EntityTagger(final, gazetteer), dev, options.HistoryWindow);
        return new TrainedModel(bytes, final, devScore, set.Tokens);
    }

    /// <summary>One averaged perceptron over all epochs, with its own shuffling seed.</summary>
    private float[] TrainOnce(ConllSequenceSet set, IReadOnlyList<ConllSentence>? dev, FeatureRows rows, int seed, TextWriter? log, Stopwatch watch)
    {
        var perceptron = new AveragedPerceptron(rows, _labels);
        return perceptron.Train(set, options.Epochs, seed, epoch =>
        {
            var line = $"seed {seed}, epoch {epoch.Epoch}: {epoch.Mistakes:N0} mistakes ({100.0 * epoch.Mistakes / set.Tokens:F2}% of tokens)";
            if (dev is not null && (epoch.Epoch == options.Epochs || log is not null))
            {
                var model = new PerceptronModel(_labels, rows.Keys, perceptron.Averaged());
                var score = NerEvaluation.Evaluate(new EntityTagger(model, gazetteer), dev, options.HistoryWindow);
                line += $", dev F1 {score.Overall.F1:P2}";
            }

            log?.WriteLine($"{line} ({watch.Elapsed.TotalSeconds:F1} s)");
        });
    }
}
