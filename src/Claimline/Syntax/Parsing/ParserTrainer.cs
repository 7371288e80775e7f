using System.Diagnostics;
using Claimline.Syntax.Conllu;
using Claimline.Text;

namespace Claimline.Syntax.Parsing;

/// <summary>
/// Trains a <see cref="DependencyParser"/>: greedy arc-hybrid parsing with the dynamic oracle (Goldberg &amp; Nivre
/// 2012, 2013) and cost-sensitive averaged-perceptron updates. At each step the transition classifier's best move is
/// compared with the best-scoring move of least cost; if it costs more, the perceptron moves toward the latter and
/// away from the former. After <see cref="ParserTrainingOptions.ExploreAfter"/> passes the trainer follows its own
/// move most of the time, so it learns to act well after its own mistakes. The relation classifier is updated on each
/// arc the parser makes that has the gold head. Deterministic: one thread, a seeded shuffle.
/// </summary>
public sealed class ParserTrainer(ParserTrainingOptions options)
{
    private readonly WordClusters _clusters = WordClusters.English;

    /// <summary>Trains on <paramref name="train"/>; after each pass <paramref name="afterEpoch"/> may score the averaged model (or null).</summary>
    public TrainedParser Train(IReadOnlyList<ConlluSentence> train, TextWriter? log = null, Action<int, ParserModel>? afterEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        var watch = Stopwatch.StartNew();
        var prepared = Prepare(train, out var labels, out var lifted);
        log?.WriteLine($"train: {train.Count} sentences, {prepared.Sum(p => p.Heads.Length)} words, {lifted} lifted to projective, {labels.Count} relations");

        var transitions = new TrainingTable(3);
        var relations = new TrainingTable(labels.Count);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, prepared.Count).ToArray();
        var scratch = new ParseScratch();
        var root = labels.IndexOf("root");
        long clock = 1;
        Span<ulong> keys = stackalloc ulong[TransitionFeatures.MaxKeys];
        Span<float> scores = stackalloc float[4];
        var labelScores = new float[labels.Count];
        Span<int> costs = stackalloc int[3];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long moves = 0, wrongMoves = 0, arcs = 0, wrongLabels = 0;
            var explore = epoch > options.ExploreAfter;
            foreach (var index in order)
            {
                var sentence = prepared[index];
                var atoms = scratch.Atoms;
                var state = scratch.State;
                var n = sentence.Heads.Length;
                atoms.Reset(n);
                for (var i = 0; i < n; i++)
                {
                    atoms.Set(i, sentence.Forms[i], sentence.Tags[i], _clusters);
                }

                state.Reset(n);
                while (!state.IsTerminal)
                {
                    Transition move;
                    if (state.Front >= n)
                    {
                        move = Transition.Right;
                    }
                    else if (state.Depth == 0)
                    {
                        move = Transition.Shift;
                    }
                    else
                    {
                        var count = TransitionFeatures.Fill(state, atoms, options.Groups, keys);
                        scores.Clear();
                        transitions.Score(keys[..count], scores);
                        int guess = -1, best = -1, least = int.MaxValue;
                        for (var m = 0; m < 3; m++)
                        {
                            costs[m] = DynamicOracle.Cost(state, (Transition)m, sentence.Heads);
                            least = Math.Min(least, costs[m]);
                        }

                        for (var m = 0; m < 3; m++)
                        {
                            if (costs[m] == int.MaxValue)
                            {
                                continue;
                            }

                            if (guess < 0 || scores[m] > scores[guess])
                            {
                                guess = m;
                            }

                            if (costs[m] == least && (best < 0 || scores[m] > scores[best]))
                            {
                                best = m;
                            }
                        }

                        moves++;
                        if (costs[guess] > least)
                        {
                            wrongMoves++;
                            transitions.Update(keys[..count], best, 1, clock);
                            transitions.Update(keys[..count], guess, -1, clock);
                        }

                        move = (Transition)(explore && random.NextDouble() < options.ExploreProbability ? guess : best);
                    }

                    var label = -1;
                    if (move != Transition.Shift)
                    {
                        var (head, dependent) = state.ArcOf(move);
                        var count = LabelFeatures.Fill(state, atoms, head, dependent, keys);
                        Array.Clear(labelScores);
                        relations.Score(keys[..count], labelScores);
                        label = BestLabel(labelScores, root);
                        if (sentence.Heads[dependent] == head)
                        {
                            arcs++;
                            var gold = sentence.Labels[dependent];
                            if (label != gold)
                            {
                                wrongLabels++;
                                relations.Update(keys[..count], gold, 1, clock);
                                relations.Update(keys[..count], label, -1, clock);
                            }
                        }
                    }

                    state.Apply(move, label, labels.GroupOf(label));
                    clock++;
                }
            }

            log?.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"epoch {epoch}: {wrongMoves / (double)Math.Max(1, moves):P2} moves costly, {wrongLabels / (double)Math.Max(1, arcs):P2} relations wrong; {transitions.Count:N0} + {relations.Count:N0} features, {watch.Elapsed.TotalSeconds:F0} s"));
            if (afterEpoch is not null)
            {
                afterEpoch(epoch, Build(labels, transitions.Averaged(clock), relations.Averaged(clock)));
            }
        }

        var t = transitions.Averaged(clock);
        var r = relations.Averaged(clock);
        using var file = new MemoryStream();
        ParserModelFile.Write(file, labels, options.Groups, t, r, options.WeightBits, options.MinWeight);
        var bytes = file.ToArray();
        using var read = new MemoryStream(bytes);
        var model = ParserModelFile.Read(read, "(trained)");
        return new TrainedParser(model, bytes, prepared.Sum(p => p.Heads.Length), lifted, watch.Elapsed, (labels, t, r));
    }

    private ParserModel Build(ParseLabels labels, (ulong[] Keys, float[] Weights) transitions, (ulong[] Keys, float[] Weights) relations)
        => new(labels, options.Groups, ParserModelFile.Table(transitions, 3, options.WeightBits, options.MinWeight), ParserModelFile.Table(relations, labels.Count, options.WeightBits, options.MinWeight));

    private static int BestLabel(float[] scores, int root)
    {
        if (scores.Length == 1)
        {
            return 0;
        }

        var best = root == 0 ? 1 : 0;
        for (var l = 0; l < scores.Length; l++)
        {
            if (l != root && scores[l] > scores[best])
            {
                best = l;
            }
        }

        return best;
    }

    /// <summary>Training trees made projective, with label numbers.</summary>
    private List<PreparedSentence> Prepare(IReadOnlyList<ConlluSentence> train, out ParseLabels labels, out int lifted)
    {
        var trees = new List<(ConlluSentence Sentence, int[] Heads, string[] Relations)>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        lifted = 0;
        foreach (var sentence in train)
        {
            if (sentence.Length == 0 || !DependencyTree.IsTree(sentence.Heads))
            {
                continue; // a treebank sentence without a full tree (unannotated heads) teaches nothing
            }

            var (heads, relations, lifts) = Projectivizer.Lift(sentence.Heads, sentence.Relations);
            if (lifts > 0)
            {
                lifted++;
            }

            if (options.NonProjective == NonProjective.Projectivize)
            {
                relations = [.. relations.Select(Projectivizer.BaseOf)];
            }

            foreach (var relation in relations)
            {
                counts[relation] = counts.GetValueOrDefault(relation) + 1;
            }

            trees.Add((sentence, heads, relations));
        }

        foreach (var (_, _, relations) in trees)
        {
            for (var i = 0; i < relations.Length; i++)
            {
                if (counts[relations[i]] < options.LiftCutoff && relations[i].Contains(Projectivizer.Separator, StringComparison.Ordinal))
                {
                    relations[i] = Projectivizer.BaseOf(relations[i]);
                }
            }
        }

        labels = new ParseLabels(trees.SelectMany(t => t.Relations).Append("root"));
        var result = new List<PreparedSentence>(trees.Count);
        foreach (var (sentence, heads, relations) in trees)
        {
            var l = labels;
            result.Add(new PreparedSentence(sentence.Forms, sentence.Tags, heads, [.. relations.Select(r => l.IndexOf(r))]));
        }

        return result;
    }

    private sealed record PreparedSentence(string[] Forms, Upos[] Tags, int[] Heads, int[] Labels);
}

/// <summary>What training made: the model, its file's bytes, how many words it saw and how long it took.</summary>
/// <param name="Model">The model as written to <paramref name="File"/> (pruned and quantized).</param>
/// <param name="File">The model file's bytes.</param>
/// <param name="TrainingWords">Words of the training trees used.</param>
/// <param name="LiftedSentences">Training trees made projective by lifting.</param>
/// <param name="Elapsed">Training time.</param>
/// <param name="Rows">The averaged weights before pruning, to try other pruning thresholds on.</param>
public sealed record TrainedParser(ParserModel Model, byte[] File, int TrainingWords, int LiftedSentences, TimeSpan Elapsed,
    (ParseLabels Labels, (ulong[] Keys, float[] Weights) Transitions, (ulong[] Keys, float[] Weights) Relations) Rows)
{
    /// <summary>The model pruned at <paramref name="minWeight"/> instead.</summary>
    public ParserModel Pruned(float minWeight, int bits)
        => new(Rows.Labels, Model.Groups, ParserModelFile.Table(Rows.Transitions, 3, bits, minWeight), ParserModelFile.Table(Rows.Relations, Rows.Labels.Count, bits, minWeight));
}
