using System.Diagnostics;
using Claimline.Entities.Evaluation;
using Claimline.Entities.Features;
using Claimline.Entities.Gazetteers;
using Claimline.Entities.Tagging;

namespace Claimline.Entities.Training;

/// <summary>
/// Trains the tagger's averaged perceptron (Collins 2002) on CoNLL data, decoding greedily left to right as the tagger
/// does, so the previous-label and history features see the trainer's own predictions. Deterministic: sentence blocks
/// are shuffled with a seeded <see cref="Random"/>, features are numbered in first-seen order, and all sums are
/// sequential.
/// <list type="number">
/// <item>Count every feature over the training data with gold context; keep those seen at least
/// <see cref="TrainingOptions.MinFeatureCount"/> times.</item>
/// <item>For each epoch, shuffle the blocks; at each token predict, and on a mistake add 1 to the gold label's weights
/// and subtract 1 from the predicted label's for every active feature (averaging by the timestamp trick).</item>
/// <item>Average, quantize to <see cref="TrainingOptions.WeightBits"/> bits, drop features whose weights all round to 0.</item>
/// </list>
/// </summary>
public sealed class PerceptronTrainer(Gazetteer gazetteer, TrainingOptions options)
{
    private readonly int _labels = BilouLabels.Count;

    public TrainedModel Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        var watch = Stopwatch.StartNew();
        var gold = new int[train.Count][];
        var tokens = 0;
        for (var s = 0; s < train.Count; s++)
        {
            gold[s] = new int[train[s].Words.Length];
            BilouLabels.Encode(IobTags.Spans(train[s].Tags), gold[s]);
            tokens += gold[s].Length;
        }

        var blocks = new List<(int Start, int End)>();
        for (var start = 0; start < train.Count; start += options.BlockSentences)
        {
            blocks.Add((start, Math.Min(train.Count, start + options.BlockSentences)));
        }

        var rows = CountFeatures(train, gold, blocks);
        log?.WriteLine($"features: {rows.Count:N0} seen at least {options.MinFeatureCount} times ({watch.Elapsed.TotalSeconds:F1} s)");

        var averaged = new float[rows.Count * _labels];
        for (var run = 0; run < options.Shuffles; run++)
        {
            var weights = TrainOnce(train, gold, dev, blocks, rows, options.Seed + run, tokens, log, watch);
            for (var i = 0; i < averaged.Length; i++)
            {
                averaged[i] += weights[i] / options.Shuffles;
            }
        }

        using var file = new MemoryStream();
        var keys = rows.Keys.ToArray();
        var (keptKeys, keptWeights) = Prune(keys, averaged);
        ModelFile.Write(file, FeatureExtractor.Version, Enumerable.Range(0, _labels).Select(BilouLabels.Name).ToArray(), keptKeys, keptWeights, options.WeightBits);
        var bytes = file.ToArray();
        var final = ModelFile.Read(new MemoryStream(bytes), "trained model");
        log?.WriteLine($"model: {final.FeatureCount:N0} features after pruning, {bytes.Length:N0} bytes");
        var devScore = dev is null ? null : NerEvaluation.Evaluate(new EntityTagger(final, gazetteer), dev, options.HistoryWindow);
        return new TrainedModel(bytes, final, devScore, tokens);
    }

    /// <summary>One averaged perceptron over all epochs, with its own shuffling seed.</summary>
    private float[] TrainOnce(IReadOnlyList<ConllSentence> train, int[][] gold, IReadOnlyList<ConllSentence>? dev, List<(int Start, int End)> blocks, Dictionary<ulong, int> rows, int seed, int tokens, TextWriter? log, Stopwatch watch)
    {
        var weights = new float[rows.Count * _labels];
        var totals = new double[rows.Count * _labels];
        long clock = 1;
        var random = new Random(seed);
        var order = blocks.ToArray();
        var sentence = new SentenceFeatures();
        var history = options.HistoryWindow > 0 ? new DocumentHistory(options.HistoryWindow) : null;
        Span<ulong> features = stackalloc ulong[FeatureExtractor.MaxFeatures];
        var active = new int[FeatureExtractor.MaxFeatures];
        Span<float> scores = stackalloc float[_labels];
        var predicted = new int[256];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var (start, end) in order)
            {
                history?.Clear();
                for (var s = start; s < end; s++)
                {
                    var words = train[s].Words;
                    var g = gold[s];
                    sentence.Prepare(words, gazetteer);
                    if (predicted.Length < words.Length)
                    {
                        predicted = new int[words.Length * 2];
                    }

                    int previous = BilouLabels.Outside, previous2 = BilouLabels.Outside;
                    for (var i = 0; i < words.Length; i++)
                    {
                        var count = FeatureExtractor.Extract(sentence, i, previous, previous2, history, features);
                        var known = 0;
                        scores.Clear();
                        for (var f = 0; f < count; f++)
                        {
                            if (rows.TryGetValue(features[f], out var row))
                            {
                                active[known++] = row;
                                var w = weights.AsSpan(row * _labels, _labels);
                                for (var l = 0; l < _labels; l++)
                                {
                                    scores[l] += w[l];
                                }
                            }
                        }

                        var guess = GreedyDecoder.Best(scores);
                        if (guess != g[i])
                        {
                            mistakes++;
                            for (var k = 0; k < known; k++)
                            {
                                var offset = active[k] * _labels;
                                weights[offset + g[i]] += 1;
                                totals[offset + g[i]] += clock;
                                weights[offset + guess] -= 1;
                                totals[offset + guess] -= clock;
                            }
                        }

                        clock++;
                        predicted[i] = guess;
                        (previous2, previous) = (previous, guess);
                    }

                    if (history is not null)
                    {
                        EntityTagger.Record(sentence, predicted.AsSpan(0, words.Length), history);
                    }
                }
            }

            var line = $"seed {seed}, epoch {epoch}: {mistakes:N0} mistakes ({100.0 * mistakes / tokens:F2}% of tokens)";
            if (dev is not null && (epoch == options.Epochs || log is not null))
            {
                var model = new PerceptronModel(_labels, rows.Keys.ToArray(), Average(weights, totals, clock));
                var score = NerEvaluation.Evaluate(new EntityTagger(model, gazetteer), dev, options.HistoryWindow);
                line += $", dev F1 {score.Overall.F1:P2}";
            }

            log?.WriteLine($"{line} ({watch.Elapsed.TotalSeconds:F1} s)");
        }

        return Average(weights, totals, clock);
    }

    /// <summary>Feature → row for the features seen often enough, with gold previous labels and gold history.</summary>
    private Dictionary<ulong, int> CountFeatures(IReadOnlyList<ConllSentence> train, int[][] gold, List<(int Start, int End)> blocks)
    {
        var counts = new Dictionary<ulong, int>();
        var order = new List<ulong>();
        var sentence = new SentenceFeatures();
        var history = options.HistoryWindow > 0 ? new DocumentHistory(options.HistoryWindow) : null;
        Span<ulong> features = stackalloc ulong[FeatureExtractor.MaxFeatures];
        foreach (var (start, end) in blocks)
        {
            history?.Clear();
            for (var s = start; s < end; s++)
            {
                var g = gold[s];
                sentence.Prepare(train[s].Words, gazetteer);
                for (var i = 0; i < g.Length; i++)
                {
                    var n = FeatureExtractor.Extract(sentence, i, i >= 1 ? g[i - 1] : 0, i >= 2 ? g[i - 2] : 0, history, features);
                    foreach (var feature in features[..n])
                    {
                        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, feature, out var exists);
                        if (!exists)
                        {
                            order.Add(feature);
                        }

                        count++;
                    }
                }

                if (history is not null)
                {
                    EntityTagger.Record(sentence, g, history);
                }
            }
        }

        var rows = new Dictionary<ulong, int>();
        foreach (var feature in order)
        {
            if (counts[feature] >= options.MinFeatureCount)
            {
                rows.Add(feature, rows.Count);
            }
        }

        return rows;
    }

    private static float[] Average(float[] weights, double[] totals, long clock)
    {
        var averaged = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            averaged[i] = (float)(weights[i] - (totals[i] / clock));
        }

        return averaged;
    }

    /// <summary>Drops the rows whose weights would all be stored as 0.</summary>
    private (ulong[] Keys, float[] Weights) Prune(ulong[] keys, float[] weights)
    {
        var maxAbs = weights.Max(Math.Abs);
        var limit = options.WeightBits == 8 ? sbyte.MaxValue : short.MaxValue;
        var threshold = maxAbs / limit / 2;
        var keptKeys = new List<ulong>();
        var keptWeights = new List<float>();
        for (var row = 0; row < keys.Length; row++)
        {
            var w = weights.AsSpan(row * _labels, _labels);
            var any = false;
            foreach (var x in w)
            {
                any |= Math.Abs(x) >= threshold;
            }

            if (any)
            {
                keptKeys.Add(keys[row]);
                keptWeights.AddRange(w);
            }
        }

        return ([.. keptKeys], [.. keptWeights]);
    }
}
