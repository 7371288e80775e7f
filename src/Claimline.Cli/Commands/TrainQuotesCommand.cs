using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claimline.Quotes.Evaluation;
using Claimline.Quotes.Learning;
using Claimline.Quotes.Learning.Training;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline train quotes --polnear DIR --out MODEL</c>: trains the attribution model (cue and role taggers) on a
/// PolNeAR part and writes it with a JSON manifest beside it (<c>quotes-en.weights.gz</c> → <c>quotes-en.json</c>).
/// Deterministic for a fixed seed.
/// </summary>
internal static class TrainQuotesCommand
{
    public static Command Create()
    {
        var defaults = new AttributionTrainingOptions();
        var polnear = new Option<string>("--polnear") { Description = "The PolNeAR part to train on (its train/ folder).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The model file to write (…weights.gz); the manifest goes beside it (….json).", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data, for each tagger.", DefaultValueFactory = _ => defaults.CueEpochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffling; the same seed gives the same model.", DefaultValueFactory = _ => defaults.Seed };
        var minCount = new Option<int>("--min-count") { Description = "Keep features seen at least this often.", DefaultValueFactory = _ => defaults.MinFeatureCount };
        var cueShare = new Option<double>("--min-cue-share") { Description = "A word is a cue word only if it begins a gold cue in at least this share of its occurrences.", DefaultValueFactory = _ => defaults.MinCueShare };
        var weightShare = new Option<double>("--min-weight-share") { Description = "Drop features whose largest weight is below this share of the model's largest.", DefaultValueFactory = _ => defaults.MinWeightShare };
        var dev = new Option<string?>("--dev") { Description = "A PolNeAR part to score the cue and role taggers on after training (held-out training articles; not dev/ while tuning)." };
        var command = new Command("quotes", "Train the attribution model (cue tagger and role tagger, averaged perceptrons) on PolNeAR.")
        {
            polnear, output, epochs, seed, minCount, cueShare, weightShare, dev,
        };
        command.SetAction(result =>
        {
            var directory = result.GetValue(polnear)!;
            var outFile = result.GetValue(output)!;
            var options = new AttributionTrainingOptions
            {
                CueEpochs = Math.Max(1, result.GetValue(epochs)),
                RoleEpochs = Math.Max(1, result.GetValue(epochs)),
                Seed = result.GetValue(seed),
                MinFeatureCount = Math.Max(1, result.GetValue(minCount)),
                MinCueShare = Math.Max(0, result.GetValue(cueShare)),
                MinWeightShare = Math.Max(0, result.GetValue(weightShare)),
            };
            TrainedAttributionModel trained;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                trained = new AttributionTrainer(options).Train(PolnearReader.ReadDirectory(directory), result.GetValue(dev) is { } d ? PolnearReader.ReadDirectory(d) : null, Console.Error);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"claimline: {e.Message}");
                return (int)ExitCode.NoInput;
            }

            watch.Stop();
            outFile.Directory?.Create();
            File.WriteAllBytes(outFile.FullName, trained.File);
            var manifest = new JsonObject
            {
                ["name"] = Path.GetFileName(TrainCommand.ManifestPath(outFile.Name))[..^".json".Length],
                ["format"] = AttributionModelFile.Format,
                ["features"] = AttributionModelFile.FeatureVersion,
                ["cueLabels"] = new JsonArray([.. AttributionModelFile.CueLabels.Select(l => JsonValue.Create(l))]),
                ["roleLabels"] = new JsonArray([.. AttributionModelFile.RoleLabels.Select(l => JsonValue.Create(l))]),
                ["decoder"] = "greedy left-to-right; cue tagger per sentence, role tagger per cue within its sentence",
                ["training"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory))),
                ["trainingArticles"] = trained.Articles,
                ["trainingAttributions"] = trained.Attributions,
                ["trainingTokens"] = trained.Tokens,
                ["seed"] = options.Seed,
                ["epochs"] = options.CueEpochs,
                ["minFeatureCount"] = options.MinFeatureCount,
                ["minCueShare"] = options.MinCueShare,
                ["minWeightShare"] = options.MinWeightShare,
                ["cueFeatures"] = trained.Model.CueWeights.Keys.Length,
                ["roleFeatures"] = trained.Model.RoleWeights.Keys.Length,
                ["weightBits"] = 16,
                ["sizeBytes"] = trained.File.Length,
                ["sha256"] = TrainCommand.Sha256(trained.File),
                ["trainingSeconds"] = Math.Round(watch.Elapsed.TotalSeconds, 1),
            };
            var manifestPath = TrainCommand.ManifestPath(outFile.FullName);
            File.WriteAllText(manifestPath, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outFile.FullName} ({trained.File.Length:N0} bytes) and {manifestPath}"));
            return (int)ExitCode.Success;
        });
        return command;
    }
}
