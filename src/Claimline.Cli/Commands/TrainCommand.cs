using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
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
        var history = new Option<int>("--history") { Description = "Tokens of document history the features see (0: none).", DefaultValueFactory = _ => defaults.HistoryWindow };

        var command = new Command("ner", "Train the named-entity tagger (averaged perceptron over BILOU labels).")
        {
            train, dev, output, folds, epochs, seed, minCount, bits, history, shuffles,
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

            var options = new TrainingOptions
            {
                Epochs = Math.Max(1, result.GetValue(epochs)),
                Seed = result.GetValue(seed),
                MinFeatureCount = Math.Max(1, result.GetValue(minCount)),
                WeightBits = result.GetValue(bits),
                HistoryWindow = Math.Max(0, result.GetValue(history)),
                Shuffles = Math.Max(1, result.GetValue(shuffles)),
            };
            var trainData = ConllReader.Read(trainFile.FullName);
            var devData = devFile is null ? null : ConllReader.Read(devFile.FullName);
            if (k >= 2)
            {
                CrossValidate(trainData, k, options);
            }

            if (outFile is null)
            {
                return (int)ExitCode.Success;
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            var trained = new PerceptronTrainer(Gazetteer.English, options).Train(trainData, devData, Console.Error);
            watch.Stop();

            outFile.Directory?.Create();
            File.WriteAllBytes(outFile.FullName, trained.File);
            var manifest = new ModelManifest
            {
                Name = ManifestName(outFile.Name),
                Format = ModelFile.Format,
                Features = Claimline.Entities.Features.FeatureExtractor.Version,
                Labels = Enumerable.Range(0, BilouLabels.Count).Select(BilouLabels.Name).ToArray(),
                Decoder = "greedy left-to-right over BILOU labels, unconstrained; spans read leniently",
                HistoryWindow = options.HistoryWindow,
                TrainingFile = trainFile.Name,
                TrainingSha256 = Sha256(File.ReadAllBytes(trainFile.FullName)),
                TrainingSentences = trainData.Count,
                TrainingTokens = trained.TrainingTokens,
                DevFile = devFile?.Name,
                Seed = options.Seed,
                Epochs = options.Epochs,
                Shuffles = options.Shuffles,
                MinFeatureCount = options.MinFeatureCount,
                FeatureCount = trained.Model.FeatureCount,
                WeightBits = options.WeightBits,
                GazetteerSha256 = GazetteerFiles.Sha256(),
                Dev = trained.Dev is { } score
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
            if (trained.Dev is { } dev2)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev: {dev2.Overall}"));
            }

            return (int)ExitCode.Success;
        });
        return command;
    }

    private static void CrossValidate(List<ConllSentence> data, int k, TrainingOptions options)
    {
        var scores = NerCrossValidation.Run(data, k, Gazetteer.English, options, (fold, sentences, score) =>
            Console.Error.WriteLine(Invariant($"fold {fold + 1}/{k}: {sentences:N0} sentences, F1 {100 * score.Overall.F1:F2} (P {100 * score.Overall.Precision:F2}, R {100 * score.Overall.Recall:F2})")));
        var (mean, sd) = NerCrossValidation.Summary(scores);
        var f1 = scores.Select(s => 100 * s.Overall.F1).ToArray();
        Console.Out.WriteLine(Invariant($"{k}-fold F1 (by article): {100 * mean:F2} ± {100 * sd:F2} (min {f1.Min():F2}, max {f1.Max():F2}; folds {string.Join(" ", f1.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)))}); epochs {options.Epochs}, shuffles {options.Shuffles}, min-count {options.MinFeatureCount}, history {options.HistoryWindow}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>ner-en.weights.gz</c> → <c>ner-en.json</c>; any other name gets <c>.json</c> appended.</summary>
    internal static string ManifestPath(string modelPath)
        => modelPath.EndsWith(".weights.gz", StringComparison.Ordinal) ? modelPath[..^".weights.gz".Length] + ".json" : modelPath + ".json";

    private static string ManifestName(string fileName)
        => fileName.EndsWith(".weights.gz", StringComparison.Ordinal) ? fileName[..^".weights.gz".Length] : fileName;

    internal static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
