using System.Diagnostics;
using Claimline.Entities.Tagging;
using Claimline.Learning;
using Claimline.Syntax.Conllu;
using Claimline.Syntax.Tagging;

namespace Claimline.Syntax.Training;

/// <summary>
/// Trains the part-of-speech tagger on CoNLL-U data. Deterministic: the same data and options give the same bytes.
/// <list type="number">
/// <item>Build the tag dictionary (<see cref="TagDictionary"/>) from the gold tags.</item>
/// <item>Count every feature of the words outside the dictionary with gold context; keep those seen at least
/// <see cref="PosTrainingOptions.MinFeatureCount"/> times.</item>
/// <item>Train <see cref="PosTrainingOptions.Shuffles"/> averaged perceptrons (<see cref="AveragedPerceptron"/>,
/// greedy decoding so the previous-tag features see the trainer's own predictions) with consecutive seeds and
/// average them.</item>
/// <item>Quantize to <see cref="PosTrainingOptions.WeightBits"/> bits, dropping features whose weights all round to 0.</item>
/// </list>
/// </summary>
public sealed class PosTrainer(PosTrainingOptions options)
{
    private const int Labels = UposNames.Count;

    public TrainedPosModel Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence>? dev, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        var watch = Stopwatch.StartNew();
        var dictionary = TagDictionary.Build(PosSequenceSet.CountWordTags(train), options.DictionaryMinCount, options.DictionaryMinShare);
        var set = new PosSequenceSet(train, dictionary);
        var rows = FeatureRows.Seen(set, options.MinFeatureCount);
        log?.WriteLine($"tag dictionary: {dictionary.Count:N0} words; features: {rows.Count:N0} seen at least {options.MinFeatureCount} times ({watch.Elapsed.TotalSeconds:F1} s)");

        var averaged = new float[rows.Count * Labels];
        for (var run = 0; run < options.Shuffles; run++)
        {
            var seed = options.Seed + run;
            var perceptron = new AveragedPerceptron(rows, Labels);
            var weights = perceptron.Train(set, options.Epochs, seed, epoch =>
            {
                var line = $"seed {seed}, epoch {epoch.Epoch}: {epoch.Mistakes:N0} mistakes ({100.0 * epoch.Mistakes / Math.Max(1, epoch.Positions):F2}% of scored words)";
                if (dev is not null && log is not null)
                {
                    var model = new PosModel(dictionary, new PerceptronModel(Labels, rows.Keys, perceptron.Averaged()));
                    line += $", dev UPOS {PosEvaluation.Evaluate(new PosTagger(model), null, dev).Accuracy:P2}";
                }

                log?.WriteLine($"{line} ({watch.Elapsed.TotalSeconds:F1} s)");
            });
            for (var i = 0; i < averaged.Length; i++)
            {
                averaged[i] += weights[i] / options.Shuffles;
            }
        }

        var (keptKeys, keptWeights) = WeightQuantizer.NonZeroRows(rows.Keys, averaged, Labels, options.WeightBits);
        using var file = new MemoryStream();
        PosModelFile.Write(file, dictionary, keptKeys, keptWeights, options.WeightBits);
        var bytes = file.ToArray();
        var final = PosModelFile.Read(new MemoryStream(bytes), "trained model");
        log?.WriteLine($"model: {final.Weights.FeatureCount:N0} features after pruning, {bytes.Length:N0} bytes ({watch.Elapsed.TotalSeconds:F1} s)");
        return new TrainedPosModel(bytes, final, set.Tokens);
    }
}

/// <summary>The result of training: the model file's bytes and the model read back from them.</summary>
public sealed record TrainedPosModel(byte[] File, PosModel Model, int TrainingTokens);
