using System.CommandLine;
using System.Globalization;
using Claimline.Syntax.Conllu;
using Claimline.Syntax.Parsing;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline train parse --train FILE [--dev FILE] --out MODEL [--epochs N] [--folds K]</c>: trains the dependency
/// parser on a CoNLL-U treebank (its own tokens and UPOS column) and writes the model with its JSON manifest beside it
/// (<c>parse-en.weights.gz</c> → <c>parse-en.json</c>). With <c>--folds K</c> it first cross-validates on the training
/// file by document and prints, after each pass, the held-out LAS as mean ± standard deviation over the folds: choose
/// epochs and features with that, not with dev. Deterministic for a fixed seed.
/// </summary>
internal static class TrainParseCommand
{
    public static Command Create()
    {
        var defaults = new ParserTrainingOptions();
        var train = new Option<FileInfo>("--train") { Description = "Training treebank in CoNLL-U (its UPOS column is what the parser learns to read: gold or jackknifed tags).", Required = true };
        var dev = new Option<FileInfo?>("--dev") { Description = "Development treebank, scored after each pass with its own UPOS and recorded in the manifest." };
        var output = new Option<FileInfo?>("--out") { Description = "The model file to write (…weights.gz); the manifest goes beside it (….json). Optional with --folds." };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => defaults.Epochs };
        var folds = new Option<int>("--folds") { Description = "Cross-validate on the training file with this many folds by document first (0: none).", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffling and exploration; the same seed gives the same model.", DefaultValueFactory = _ => defaults.Seed };
        var bits = new Option<int>("--bits") { Description = "Bits per stored weight (8 or 16).", DefaultValueFactory = _ => defaults.WeightBits };
        bits.AcceptOnlyFromAmong("8", "16");
        var without = new Option<string[]>("--without") { Description = "Feature groups to leave out (Words, Pairs, Trigrams, Distance, Valency, Children, ThirdOrder, LabelSets, Clusters, Deep).", AllowMultipleArgumentsPerToken = true };
        var nonProjective = new Option<NonProjective>("--nonprojective") { Description = "Lift: pseudo-projective with lift records; Projectivize: lifted without records.", DefaultValueFactory = _ => defaults.NonProjective };
        var exploreAfter = new Option<int>("--explore-after") { Description = "Passes that follow the oracle only before the trainer follows its own moves.", DefaultValueFactory = _ => defaults.ExploreAfter };
        var minWeight = new Option<float>("--min-weight") { Description = "Drop features whose averaged weights are all smaller than this (smaller, faster model).", DefaultValueFactory = _ => defaults.MinWeight };
        var tryMinWeights = new Option<float[]>("--try-min-weights") { Description = "After training, score dev with the model pruned at each of these thresholds (size, memory, LAS).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("parse", "Train the dependency parser (greedy arc-hybrid, dynamic oracle, averaged perceptron) on a CoNLL-U treebank.")
        {
            train, dev, output, epochs, folds, seed, bits, without, nonProjective, exploreAfter, minWeight, tryMinWeights,
        };
        command.SetAction(result =>
        {
            var trainFile = result.GetValue(train)!;
            var devFile = result.GetValue(dev);
            var outFile = result.GetValue(output);
            var k = result.GetValue(folds);
            foreach (var file in new[] { trainFile, devFile })
            {
                if (file is not null && !file.Exists)
                {
                    Console.Error.WriteLine($"claimline: {file.FullName} does not exist.");
                    return (int)ExitCode.NoInput;
                }
            }

            if (outFile is null && k < 2)
            {
                Console.Error.WriteLine("claimline: give --out, or --folds K (K ≥ 2) to cross-validate only.");
                return (int)ExitCode.Usage;
            }

            var groups = FeatureGroups.All;
            foreach (var name in result.GetValue(without) ?? [])
            {
                if (!Enum.TryParse<FeatureGroups>(name, ignoreCase: true, out var group))
                {
                    Console.Error.WriteLine($"claimline: no feature group '{name}'.");
                    return (int)ExitCode.Usage;
                }

                groups &= ~group;
            }

            var options = new ParserTrainingOptions
            {
                Epochs = Math.Max(1, result.GetValue(epochs)),
                Seed = result.GetValue(seed),
                WeightBits = result.GetValue(bits),
                Groups = groups,
                NonProjective = result.GetValue(nonProjective),
                ExploreAfter = Math.Max(0, result.GetValue(exploreAfter)),
                MinWeight = Math.Max(0, result.GetValue(minWeight)),
            };
            List<ConlluSentence> trainData, devData;
            try
            {
                trainData = [.. ConlluReader.ReadFile(trainFile.FullName)];
                devData = devFile is null ? [] : [.. ConlluReader.ReadFile(devFile.FullName)];
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"claimline: {e.Message}");
                return (int)ExitCode.NoInput;
            }

            Console.Error.WriteLine($"features: {groups}");
            if (k >= 2)
            {
                CrossValidate(trainData, options, k);
            }

            if (outFile is null)
            {
                return (int)ExitCode.Success;
            }

            ParseScore? devScore = null;
            var trained = new ParserTrainer(options).Train(trainData, Console.Error, devData.Count == 0 ? null : (epoch, model) =>
            {
                devScore = ParseEvaluation.Evaluate(new DependencyParser(model), devData);
                Console.Error.WriteLine(Invariant($"  dev after pass {epoch}: UAS {100 * devScore.Uas:F2}  LAS {100 * devScore.Las:F2}  full LAS {100 * devScore.FullLas:F2}"));
            });
            foreach (var threshold in result.GetValue(tryMinWeights) ?? [])
            {
                var pruned = trained.Pruned(threshold, options.WeightBits);
                var score = ParseEvaluation.Evaluate(new DependencyParser(pruned), devData);
                Console.Error.WriteLine(Invariant($"  min weight {threshold}: {pruned.Transitions.Count:N0} + {pruned.Relations.Count:N0} features, {pruned.Bytes / 1e6:F1} MB loaded; dev UAS {100 * score.Uas:F2} LAS {100 * score.Las:F2}"));
            }

            outFile.Directory?.Create();
            File.WriteAllBytes(outFile.FullName, trained.File);
            if (devData.Count > 0)
            {
                devScore = ParseEvaluation.Evaluate(new DependencyParser(trained.Model), devData);
            }

            var manifest = new ParserManifest
            {
                Name = ManifestName(outFile.Name),
                Format = ParserModelFile.Format,
                Features = ParserModel.FeatureVersion,
                FeatureGroups = groups.ToString(),
                Relations = trained.Model.Labels.Count,
                Decoder = "greedy arc-hybrid (no root token: the last word on the stack is the root), then pseudo-projective lifts undone",
                TrainingFile = trainFile.Name,
                TrainingSha256 = TrainCommand.Sha256(File.ReadAllBytes(trainFile.FullName)),
                TrainingSentences = trainData.Count,
                TrainingWords = trained.TrainingWords,
                TrainingTags = "the training file's UPOS column",
                LiftedSentences = trained.LiftedSentences,
                DevFile = devFile?.Name,
                Seed = options.Seed,
                Epochs = options.Epochs,
                ExploreAfter = options.ExploreAfter,
                ExploreProbability = options.ExploreProbability,
                NonProjective = options.NonProjective.ToString(),
                LiftCutoff = options.LiftCutoff,
                MinWeight = options.MinWeight,
                TransitionFeatureCount = trained.Model.Transitions.Count,
                RelationFeatureCount = trained.Model.Relations.Count,
                WeightBits = options.WeightBits,
                MemoryBytes = trained.Model.Bytes,
                Dev = devScore is null ? null : new ParserManifestScore(Math.Round(devScore.Uas, 4), Math.Round(devScore.Las, 4), Math.Round(devScore.FullLas, 4)),
                SizeBytes = trained.File.Length,
                Sha256 = TrainCommand.Sha256(trained.File),
                TrainingSeconds = Math.Round(trained.Elapsed.TotalSeconds, 1),
            };
            var manifestPath = TrainCommand.ManifestPath(outFile.FullName);
            File.WriteAllText(manifestPath, manifest.ToJson());
            Console.Error.WriteLine(Invariant($"wrote {outFile.FullName} ({trained.File.Length:N0} bytes; {trained.Model.Bytes:N0} bytes when loaded) and {manifestPath}"));
            if (devScore is not null)
            {
                Console.Error.WriteLine(Invariant($"dev: UAS {100 * devScore.Uas:F2}  LAS {100 * devScore.Las:F2}  full LAS {100 * devScore.FullLas:F2}"));
            }

            return (int)ExitCode.Success;
        });
        return command;
    }

    /// <summary>Trains on K−1 folds of documents and scores the held-out fold after each pass; prints mean ± standard deviation per pass.</summary>
    private static void CrossValidate(List<ConlluSentence> sentences, ParserTrainingOptions options, int k)
    {
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        var fold = new int[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var id = sentences[i].DocumentId ?? sentences[i].Id;
            if (!documents.TryGetValue(id, out var d))
            {
                d = documents.Count;
                documents[id] = d;
            }

            fold[i] = d % k;
        }

        var las = new double[options.Epochs, k];
        var uas = new double[options.Epochs, k];
        for (var f = 0; f < k; f++)
        {
            var trainPart = sentences.Where((_, i) => fold[i] != f).ToList();
            var heldOut = sentences.Where((_, i) => fold[i] == f).ToList();
            Console.Error.WriteLine($"fold {f + 1}/{k}: {trainPart.Count} sentences to train, {heldOut.Count} held out");
            new ParserTrainer(options).Train(trainPart, null, (epoch, model) =>
            {
                var score = ParseEvaluation.Evaluate(new DependencyParser(model), heldOut);
                las[epoch - 1, f] = score.Las;
                uas[epoch - 1, f] = score.Uas;
                Console.Error.WriteLine(Invariant($"  fold {f + 1} pass {epoch}: UAS {100 * score.Uas:F2}  LAS {100 * score.Las:F2}"));
            });
        }

        Console.Out.WriteLine($"{k}-fold cross-validation by document ({documents.Count} documents), held-out scores per pass:");
        for (var e = 0; e < options.Epochs; e++)
        {
            var l = Enumerable.Range(0, k).Select(f => las[e, f]).ToArray();
            var u = Enumerable.Range(0, k).Select(f => uas[e, f]).ToArray();
            Console.Out.WriteLine(Invariant($"pass {e + 1,2}: LAS {100 * l.Average():F2} ± {100 * Sd(l):F2} (min {100 * l.Min():F2}, max {100 * l.Max():F2})  UAS {100 * u.Average():F2} ± {100 * Sd(u):F2}"));
        }
    }

    private static double Sd(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Length - 1));
    }

    private static string ManifestName(string fileName)
        => fileName.EndsWith(".weights.gz", StringComparison.Ordinal) ? fileName[..^".weights.gz".Length] : fileName;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
