using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Claimline.Entities.Evaluation;
using Claimline.Entities.Gazetteers;
using Claimline.Entities.Tagging;
using Claimline.Entities.Training;
using Claimline.Resources;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline eval ner --gold FILE [--json]</c>: tags a CoNLL file's tokens with the named-entity tagger and prints
/// conlleval's exact-match precision, recall and F1, per type and overall. Claimline's types map onto CoNLL's:
/// PERSON → PER, ORG → ORG, LOC/GPE → LOC, NORP → MISC, MISC → MISC. With <c>--folds K</c> it cross-validates
/// instead: K models trained with the shipped settings on all but one fold of the file (by article), each scored on
/// its held-out fold (as <c>claimline train ner --folds K</c>, which takes the training settings as options).
/// </summary>
internal static class EvalNerCommand
{
    internal static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold data in CoNLL format (word … NER-tag per line, IOB tags).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object {precision, recall, f1, types: {PER: {…}, …}}." };
        var model = new Option<FileInfo?>("--model") { Description = "A model file written by 'claimline train ner' (default: the shipped model)." };
        var output = new Option<FileInfo?>("--output") { Description = "Also write 'word gold guessed' lines, the input format of conlleval, to this file." };
        var folds = new Option<int>("--folds") { Description = "Cross-validate on the gold file instead: train on all folds but one (by article, shipped settings), score the held-out one; print mean ± standard deviation of F1." };
        var command = new Command("ner", "Score the named-entity tagger on CoNLL data (conlleval: exact span and type match).")
        {
            gold, json, model, output, folds,
        };
        command.SetAction(result =>
        {
            var goldFile = result.GetValue(gold)!;
            if (!goldFile.Exists)
            {
                Console.Error.WriteLine($"claimline: {goldFile.FullName} does not exist.");
                return (int)ExitCode.NoInput;
            }

            List<ConllSentence> sentences;
            try
            {
                sentences = ConllReader.Read(goldFile.FullName);
            }
            catch (Exception e) when (e is InvalidDataException or FormatException)
            {
                Console.Error.WriteLine($"claimline: {e.Message}");
                return (int)ExitCode.NoInput;
            }

            if (result.GetValue(folds) is var k and >= 2)
            {
                TrainCommand.CrossValidate(sentences, k, new TrainingOptions());
                return (int)ExitCode.Success;
            }

            var modelFile = result.GetValue(model);
            var tagger = modelFile is null
                ? EntityTagger.English
                : new EntityTagger(ReadModel(modelFile.FullName), Gazetteer.English);
            var manifest = modelFile is null ? ShippedManifest() : null;
            using var writer = result.GetValue(output) is { } outputFile ? new StreamWriter(outputFile.FullName) : null;
            var score = NerEvaluation.Evaluate(tagger, sentences, onSentence: writer is null ? null : (sentence, guessed) =>
            {
                for (var i = 0; i < guessed.Length; i++)
                {
                    writer.Write($"{sentence.Words[i]} {sentence.Tags[i]} {guessed[i]}\n");
                }

                writer.Write('\n');
            });
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(ToJson(score).ToJsonString());
            }
            else
            {
                WriteText(score, manifest, Console.Out);
            }

            return (int)ExitCode.Success;
        });
        return command;
    }

    private static PerceptronModel ReadModel(string path)
    {
        using var stream = File.OpenRead(path);
        return ModelFile.Read(stream, path);
    }

    private static ModelManifest? ShippedManifest()
    {
        using var stream = ResourceFile.Open(ModelFile.EnglishManifestPath);
        using var reader = new StreamReader(stream);
        return ModelManifest.FromJson(reader.ReadToEnd());
    }

    internal static JsonObject ToJson(ConllScore score)
    {
        var types = new JsonObject();
        foreach (var (type, s) in score.Types)
        {
            types[type] = new JsonObject
            {
                ["precision"] = Math.Round(s.Precision, 6),
                ["recall"] = Math.Round(s.Recall, 6),
                ["f1"] = Math.Round(s.F1, 6),
                ["correct"] = s.TruePositives,
                ["found"] = s.SystemCount,
                ["gold"] = s.GoldCount,
            };
        }

        return new JsonObject
        {
            ["precision"] = Math.Round(score.Overall.Precision, 6),
            ["recall"] = Math.Round(score.Overall.Recall, 6),
            ["f1"] = Math.Round(score.Overall.F1, 6),
            ["correct"] = score.Overall.TruePositives,
            ["found"] = score.Overall.SystemCount,
            ["gold"] = score.Overall.GoldCount,
            ["tokens"] = score.Tokens,
            ["accuracy"] = Math.Round(score.Accuracy, 6),
            ["types"] = types,
        };
    }

    private static void WriteText(ConllScore score, ModelManifest? manifest, TextWriter output)
    {
        var o = score.Overall;
        output.WriteLine(Invariant($"processed {score.Tokens} tokens with {o.GoldCount} phrases; found: {o.SystemCount} phrases; correct: {o.TruePositives}."));
        output.WriteLine(Invariant($"accuracy: {100 * score.Accuracy,6:F2}%; precision: {100 * o.Precision,6:F2}%; recall: {100 * o.Recall,6:F2}%; FB1: {100 * o.F1,6:F2}"));
        foreach (var (type, s) in score.Types)
        {
            output.WriteLine(Invariant($"{type,17}: precision: {100 * s.Precision,6:F2}%; recall: {100 * s.Recall,6:F2}%; FB1: {100 * s.F1,6:F2}  {s.SystemCount}"));
        }

        if (manifest?.Dev is { } claimed)
        {
            var by = manifest.DevScoredBy is { } scoredBy && scoredBy != "this model" ? $" ({scoredBy}; this model saw {manifest.DevFile} in training, so a score on it here is no held-out figure)" : "";
            output.WriteLine(Invariant($"model {manifest.Name}: trained on {manifest.TrainingFile}; its manifest claims F1 {100 * claimed.F1:F2} on {manifest.DevFile}{by}."));
        }

        if (manifest?.CrossValidation is { } cv)
        {
            output.WriteLine(Invariant($"cross-validated with the same settings: {cv.Folds}-fold F1 {100 * cv.MeanF1:F2} ± {100 * cv.StandardDeviation:F2} ({cv.Split})."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
