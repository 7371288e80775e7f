using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Claimline.Entities.Features;
using Claimline.Entities.Gazetteers;
using Claimline.Entities.Tagging;
using Claimline.Entities.Training;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline train ner --train FILE --dev FILE --out MODEL [--folds K]</c>: trains the named-entity tagger on CoNLL
/// data and writes the model file with its JSON manifest beside it (<c>ner-en.weights.gz</c> → <c>ner-en.json</c>).
/// With <c>--folds K</c> it first cross-validates on the training file by article and prints the held-out F1 as mean ±
/// standard deviation over the folds: choose settings by that, and score the development file once per change.
/// Deterministic for a fixed seed.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a statistical model from annotated data.");
        command.Subcommands.Add(CreateNer());
        command.Subcommands.Add(TrainQuotesCommand.Create());
        command.Subcommands.Add(TrainPosCommand.Create());
        command.Subcommands.Add(TrainPosCommand.CreateLemmas());
        command.Subcommands.Add(TrainParseCommand.Create());
        return command;
    }

    private static Command CreateNer()
    {
        var defaults = new TrainingOptions();
        var train = new Option<FileInfo>("--train") { Description = "Training data in CoNLL format (word … NER-tag per line).", Required = true };
        var dev = new Option<FileInfo?>("--dev") { Description = "Development data in CoNLL format, scored after each epoch and recorded in the manifest." };
        var output = new Option<FileInfo?>("--out") { Description = "The model file to write (…weights.gz); the manifest goes beside it (….json). Optional with --folds." };
        var folds = new Option<int>("--folds") { Description = "Cross-validate on the training file with this many folds by article first, and print mean ± standard deviation of F1 (0: none).", DefaultValueFactory = _ => 0 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffling; the same seed gives the same model.", DefaultValueFactory = _ => defaults.Seed };
        var minCount = new Option<int>("--min-count") { Description = "Keep features seen at least this often.", DefaultValueFactory = _ => defaults.MinFeatureCount };
        var bits = new Option<int>("--bits") { Description = "Bits per stored weight (8 or 16).", DefaultValueFactory = _ => defaults.WeightBits };
        bits.AcceptOnlyFromAmong("8", "16");
        var shuffles = new Option<int>("--shuffles") { Description = "Perceptrons trained with consecutive seeds and averaged into one model.", DefaultValueFactory = _ => defaults.Shuffles };
        var addDev = new Option<bool>("--add-dev") { Description = "Score --dev with a model trained on --train alone (recorded in the manifest), then write a model trained on both with the same settings." };
        var without = new Option<string[]>("--without") { Description = "Feature groups to leave out, to measure them (Clusters, Designators).", AllowMultipleArgumentsPerToken = true };
        var history = new Option<int>("--history") { Description = "Tokens of document history the features see (0: none).", DefaultValueFactory = _ => defaults.HistoryWindow };

        var command = new Command("ner", "Train the named-entity tagger (averaged perceptron over BILOU labels).")
        {
            train, dev, output, folds, epochs, seed, minCount, bits, history, shuffles, without, addDev,
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

            var groups = NerFeatureGroups.All;
            foreach (var name in result.GetValue(without) ?? [])
            {
                if (!Enum.TryParse<NerFeatureGroups>(name, ignoreCase: true, out var group))
                {
                    Console.Error.WriteLine($"claimline: no feature group '{name}'.");
                    return (int)ExitCode.Usage;
                }

                groups &= ~group;
            }

            var options = new TrainingOptions
            {
                Groups = groups,
                Epochs = Math.Max(1, result.GetValue(epochs)),
                Seed = result.GetValue(seed),
                MinFeatureCount = Math.Max(1, result.GetValue(minCount)),
                WeightBits = result.GetValue(bits),
                HistoryWindow = Math.Max(0, result.GetValue(history)),
                Shuffles = Math.Max(1, result.GetValue(shuffles)),
            };
            var trainData = ConllReader.Read(trainFile.FullName);
            var devData = devFile is null ? null : ConllReader.Read(devFile.FullName);
            var withDev = result.GetValue(addDev);
            if (withDev && devData is null)
            {
                Console.Error.WriteLine("claimline: --add-dev needs --dev.");
                return (int)ExitCode.Usage;
            }

            ManifestCrossValidation? crossValidation = null;
            if (k >= 2)
            {
                crossValidation = CrossValidate(trainData, k, options);
            }

            if (outFile is null)
            {
                return (int)ExitCode.Success;
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            var trained = new PerceptronTrainer(Gazetteer.English, options).Train(trainData, devData, Console.Error);
            var devScore = trained.Dev;
            var trainingData = trainData;
            var trainingName = trainFile.Name;
            var trainingBytes = File.ReadAllBytes(trainFile.FullName);
            if (withDev)
            {
                // The common practice for a final model: the settings chosen without the dev file, then trained on it too.
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev, trained on {trainFile.Name} alone: {devScore!.Overall}; now training on {trainFile.Name} + {devFile!.Name}"));
                trainingData = [.. trainData, .. devData!];
                trainingName = $"{trainFile.Name} + {devFile.Name}";
                trainingBytes = [.. trainingBytes, .. File.ReadAllBytes(devFile.FullName)];
                trained = new PerceptronTrainer(Gazetteer.English, options).Train(trainingData, null, Console.Error);
            }

            watch.Stop();

            outFile.Directory?.Create();
            File.WriteAllBytes(outFile.FullName, trained.File);
            var manifest = new ModelManifest
            {
                Name = ManifestName(outFile.Name),
                Format = ModelFile.Format,
                Features = FeatureExtractor.Version,
                FeatureGroups = groups.ToString(),
                Labels = Enumerable.Range(0, BilouLabels.Count).Select(BilouLabels.Name).ToArray(),
                Decoder = "greedy left-to-right over BILOU labels, unconstrained; spans read leniently",
                HistoryWindow = options.HistoryWindow,
                TrainingFile = trainingName,
                TrainingSha256 = Sha256(trainingBytes),
                TrainingSentences = trainingData.Count,
                TrainingTokens = trained.TrainingTokens,
                DevFile = devFile?.Name,
                DevScoredBy = devFile is null ? null : withDev ? $"the same settings trained on {trainFile.Name} alone" : "this model",
                CrossValidation = crossValidation,
                Seed = options.Seed,
                Epochs = options.Epochs,
                Shuffles = options.Shuffles,
                MinFeatureCount = options.MinFeatureCount,
                FeatureCount = trained.Model.FeatureCount,
                WeightBits = options.WeightBits,
                GazetteerSha256 = GazetteerFiles.Sha256(),
                Dev = devScore is { } score
                    ? new ManifestScore(
                        Math.Round(score.Overall.Precision, 4),
                        Math.Round(score.Overall.Recall, 4),
                        Math.Round(score.Overall.F1, 4),
                        score.Types.ToDictionary(t => t.Key, t => Math.Round(t.Value.F1, 4)))
                    : null,
                SizeBytes = trained.File.Length,
                Sha256 = Sha256(trained.File),
                TrainingSeconds = Math.Round(watch.Elapsed.TotalSeconds, 1),
            };
            var manifestPath = ManifestPath(outFile.FullName);
            File.WriteAllText(manifestPath, manifest.ToJson());
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outFile.FullName} ({trained.File.Length:N0} bytes) and {manifestPath}"));
            if (devScore is { } dev2)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev: {dev2.Overall}"));
            }

            return (int)ExitCode.Success;
        });
        return command;
    }

    internal static ManifestCrossValidation CrossValidate(List<ConllSentence> data, int k, TrainingOptions options)
    {
        var scores = NerCrossValidation.Run(data, k, Gazetteer.English, options, (fold, sentences, score) =>
            Console.Error.WriteLine(Invariant($"fold {fold + 1}/{k}: {sentences:N0} sentences, F1 {100 * score.Overall.F1:F2} (P {100 * score.Overall.Precision:F2}, R {100 * score.Overall.Recall:F2})")));
        var (mean, sd) = NerCrossValidation.Summary(scores);
        var f1 = scores.Select(s => 100 * s.Overall.F1).ToArray();
        Console.Out.WriteLine(Invariant($"{k}-fold F1 (by article): {100 * mean:F2} ± {100 * sd:F2} (min {f1.Min():F2}, max {f1.Max():F2}; folds {string.Join(" ", f1.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)))}); epochs {options.Epochs}, shuffles {options.Shuffles}, min-count {options.MinFeatureCount}, history {options.HistoryWindow}, features {options.Groups}"));
        return new ManifestCrossValidation(k, "by article, contiguous", Math.Round(mean, 4), Math.Round(sd, 4));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>ner-en.weights.gz</c> → <c>ner-en.json</c>; any other name gets <c>.json</c> appended.</summary>
    internal static string ManifestPath(string modelPath)
        => modelPath.EndsWith(".weights.gz", StringComparison.Ordinal) ? modelPath[..^".weights.gz".Length] + ".json" : modelPath + ".json";

    private static string ManifestName(string fileName)
        => fileName.EndsWith(".weights.gz", StringComparison.Ordinal) ? fileName[..^".weights.gz".Length] : fileName;

    internal static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
