using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Claimline.Syntax;
using Claimline.Syntax.Conllu;
using Claimline.Syntax.Lemmatization;
using Claimline.Syntax.Tagging;
using Claimline.Syntax.Training;
using Claimline.Text;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline train pos</c>: trains the part-of-speech tagger on CoNLL-U (<c>--out</c>, with its manifest beside),
/// cross-validates it on the training data by document (<c>--folds K</c>: mean ± spread of UPOS accuracy, for
/// choosing features and epochs without touching dev), or writes the training file back with jackknifed tags
/// (<c>--jackknife K --write-conllu OUT</c>: each document tagged by a tagger trained on the other folds).
/// <c>claimline train lemmas</c> learns the lemmatizer's lookup tables. Deterministic for a fixed seed.
/// </summary>
internal static class TrainPosCommand
{
    public static Command Create()
    {
        var defaults = new PosTrainingOptions();
        var train = new Option<FileInfo>("--train") { Description = "Training data in CoNLL-U.", Required = true };
        var dev = new Option<FileInfo?>("--dev") { Description = "Development data in CoNLL-U, scored after each epoch and recorded in the manifest." };
        var output = new Option<FileInfo?>("--out") { Description = "The model file to write (…weights.gz); the manifest goes beside it (….json)." };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffling; the same seed gives the same model.", DefaultValueFactory = _ => defaults.Seed };
        var minCount = new Option<int>("--min-count") { Description = "Keep features seen at least this often.", DefaultValueFactory = _ => defaults.MinFeatureCount };
        var bits = new Option<int>("--bits") { Description = "Bits per stored weight (8 or 16).", DefaultValueFactory = _ => defaults.WeightBits };
        bits.AcceptOnlyFromAmong("8", "16");
        var shuffles = new Option<int>("--shuffles") { Description = "Perceptrons trained with consecutive seeds and averaged into one model.", DefaultValueFactory = _ => defaults.Shuffles };
        var folds = new Option<int>("--folds") { Description = "Cross-validate on the training data with this many folds split by document, and print mean ± standard deviation of UPOS accuracy." };
        var jackknife = new Option<int>("--jackknife") { Description = "Tag each fold of the training data (split by document) with a tagger trained on the other folds; needs --write-conllu." };
        var writeConllu = new Option<FileInfo?>("--write-conllu") { Description = "With --jackknife: the training file written again with column 4 (UPOS) replaced by the jackknifed tags." };

        var command = new Command("pos", "Train the part-of-speech tagger (greedy averaged perceptron over UPOS, with a tag dictionary and Brown clusters).")
        {
            train, dev, output, epochs, seed, minCount, bits, shuffles, folds, jackknife, writeConllu,
        };
        command.SetAction(result =>
        {
            var trainFile = result.GetValue(train)!;
            var devFile = result.GetValue(dev);
            var outFile = result.GetValue(output);
            var k = result.GetValue(folds);
            var jackknifeK = result.GetValue(jackknife);
            var rewritten = result.GetValue(writeConllu);
            foreach (var file in new[] { trainFile, devFile })
            {
                if (file is not null && !file.Exists)
                {
                    Console.Error.WriteLine($"claimline: {file.FullName} does not exist.");
                    return (int)ExitCode.NoInput;
                }
            }

            if (outFile is null && k < 2 && (jackknifeK < 2 || rewritten is null))
            {
                Console.Error.WriteLine("claimline: give --out FILE, --folds K (K ≥ 2), or --jackknife K (K ≥ 2) with --write-conllu FILE.");
                return (int)ExitCode.Usage;
            }

            var options = new PosTrainingOptions
            {
                Epochs = Math.Max(1, result.GetValue(epochs)),
                Seed = result.GetValue(seed),
                MinFeatureCount = Math.Max(1, result.GetValue(minCount)),
                WeightBits = result.GetValue(bits),
                Shuffles = Math.Max(1, result.GetValue(shuffles)),
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

            if (k >= 2)
            {
                CrossValidate(trainData, k, options);
            }

            if (jackknifeK >= 2 && rewritten is not null)
            {
                Jackknife(trainFile, trainData, jackknifeK, options, rewritten);
            }

            if (outFile is not null)
            {
                Train(trainFile, trainData, devFile, devData, options, outFile);
            }

            return (int)ExitCode.Success;
        });
        return command;
    }

    public static Command CreateLemmas()
    {
        var train = new Option<FileInfo>("--train") { Description = "Training data in CoNLL-U (forms, UPOS and lemmas).", Required = true };
        var outDir = new Option<DirectoryInfo>("--out-dir") { Description = "Where to write lemma-exceptions-en.tsv.gz and lemma-lexicon-en.tsv.gz.", Required = true };
        var command = new Command("lemmas", "Learn the lemmatizer's tables: the lemmas per UPOS, and the words the suffix rules get wrong.") { train, outDir };
        command.SetAction(result =>
        {
            var trainFile = result.GetValue(train)!;
            var dir = result.GetValue(outDir)!;
            if (!trainFile.Exists)
            {
                Console.Error.WriteLine($"claimline: {trainFile.FullName} does not exist.");
                return (int)ExitCode.NoInput;
            }

            var sentences = ConlluReader.ReadFile(trainFile.FullName).ToList();
            var (exceptions, lexicon) = LemmaTableBuilder.Build(sentences, LemmaRules.Load(Lemmatizer.RulesPath), WordClusters.English);
            dir.Create();
            var exceptionsPath = Path.Combine(dir.FullName, Path.GetFileName(Lemmatizer.ExceptionsPath));
            var lexiconPath = Path.Combine(dir.FullName, Path.GetFileName(Lemmatizer.LexiconPath));
            File.WriteAllBytes(exceptionsPath, LemmaTableBuilder.WriteTable("form\tupos\tlemma", exceptions.Select(e => $"{e.Form}\t{e.Tag.Name()}\t{e.Lemma}")));
            File.WriteAllBytes(lexiconPath, LemmaTableBuilder.WriteTable("lemma\tupos", lexicon.Select(e => $"{e.Lemma}\t{e.Tag.Name()}")));
            Console.Error.WriteLine(Invariant($"wrote {exceptions.Count:N0} exceptions to {exceptionsPath} and {lexicon.Count:N0} lemmas to {lexiconPath}"));
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static void CrossValidate(List<ConlluSentence> data, int k, PosTrainingOptions options)
    {
        var assignment = DocumentFolds.Assign(data, k);
        var accuracies = new List<double>();
        for (var fold = 0; fold < k; fold++)
        {
            var (train, heldOut) = DocumentFolds.Split(data, assignment, fold);
            var trained = new PosTrainer(options).Train(train, null);
            var score = PosEvaluation.Evaluate(new PosTagger(trained.Model), null, heldOut);
            accuracies.Add(score.Accuracy);
            Console.Error.WriteLine(Invariant($"fold {fold + 1}/{k}: {heldOut.Count:N0} sentences, UPOS {100 * score.Accuracy:F2}%"));
        }

        var mean = accuracies.Average();
        var sd = Math.Sqrt(accuracies.Sum(a => (a - mean) * (a - mean)) / Math.Max(1, accuracies.Count - 1));
        Console.Out.WriteLine(Invariant($"{k}-fold UPOS accuracy (by document): {100 * mean:F2}% ± {100 * sd:F2} (min {100 * accuracies.Min():F2}, max {100 * accuracies.Max():F2}); epochs {options.Epochs}, min-count {options.MinFeatureCount}, shuffles {options.Shuffles}"));
    }

    private static void Jackknife(FileInfo trainFile, List<ConlluSentence> data, int k, PosTrainingOptions options, FileInfo output)
    {
        var assignment = DocumentFolds.Assign(data, k);
        var tags = new Upos[data.Count][];
        var scratch = new PosSentence();
        long correct = 0, words = 0;
        for (var fold = 0; fold < k; fold++)
        {
            var (train, _) = DocumentFolds.Split(data, assignment, fold);
            var tagger = new PosTagger(new PosTrainer(options).Train(train, null).Model);
            for (var s = 0; s < data.Count; s++)
            {
                if (assignment[s] != fold)
                {
                    continue;
                }

                scratch.Prepare(data[s].Forms);
                tags[s] = new Upos[data[s].Length];
                tagger.Tag(scratch, tags[s]);
                for (var i = 0; i < tags[s].Length; i++)
                {
                    correct += tags[s][i] == data[s].Tags[i] ? 1 : 0;
                    words++;
                }
            }

            Console.Error.WriteLine(Invariant($"jackknife fold {fold + 1}/{k} tagged"));
        }

        output.Directory?.Create();
        using (var reader = new StreamReader(trainFile.FullName))
        using (var writer = new StreamWriter(output.FullName, false, new System.Text.UTF8Encoding(false)))
        {
            ConlluTagRewriter.Rewrite(reader, tags, writer);
        }

        Console.Out.WriteLine(Invariant($"wrote {output.FullName}: {words:N0} words, jackknifed UPOS accuracy {100.0 * correct / Math.Max(1, words):F2}% ({k} folds by document)"));
    }

    private static void Train(FileInfo trainFile, List<ConlluSentence> trainData, FileInfo? devFile, List<ConlluSentence> devData, PosTrainingOptions options, FileInfo outFile)
    {
        var watch = Stopwatch.StartNew();
        var trained = new PosTrainer(options).Train(trainData, devFile is null ? null : devData, Console.Error);
        watch.Stop();
        var devScore = devFile is null ? null : PosEvaluation.Evaluate(new PosTagger(trained.Model), null, devData);
        outFile.Directory?.Create();
        File.WriteAllBytes(outFile.FullName, trained.File);
        var manifest = new PosManifest
        {
            Name = outFile.Name.EndsWith(".weights.gz", StringComparison.Ordinal) ? outFile.Name[..^".weights.gz".Length] : outFile.Name,
            Format = PosModelFile.Format,
            Features = PosFeatureExtractor.Version,
            Labels = PosModelFile.Labels,
            Decoder = "greedy left-to-right; tag-dictionary words are not scored",
            TrainingFile = trainFile.Name,
            TrainingSha256 = TrainCommand.Sha256(File.ReadAllBytes(trainFile.FullName)),
            TrainingSentences = trainData.Count,
            TrainingTokens = trained.TrainingTokens,
            DevFile = devFile?.Name,
            Seed = options.Seed,
            Epochs = options.Epochs,
            Shuffles = options.Shuffles,
            MinFeatureCount = options.MinFeatureCount,
            FeatureCount = trained.Model.Weights.FeatureCount,
            TagDictionaryWords = trained.Model.Dictionary.Count,
            TagDictionaryRule = Invariant($"seen ≥ {options.DictionaryMinCount} times with one tag ≥ {options.DictionaryMinShare * 100:F0}% of the time"),
            WeightBits = options.WeightBits,
            DevUpos = devScore is null ? null : Math.Round(devScore.Accuracy, 4),
            SizeBytes = trained.File.Length,
            Sha256 = TrainCommand.Sha256(trained.File),
            TrainingSeconds = Math.Round(watch.Elapsed.TotalSeconds, 1),
        };
        var manifestPath = TrainCommand.ManifestPath(outFile.FullName);
        File.WriteAllText(manifestPath, manifest.ToJson());
        Console.Error.WriteLine(Invariant($"wrote {outFile.FullName} ({trained.File.Length:N0} bytes) and {manifestPath}"));
        if (devScore is not null)
        {
            Console.Error.WriteLine(Invariant($"dev: {devScore}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
