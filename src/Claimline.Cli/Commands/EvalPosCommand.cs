using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Claimline.Resources;
using Claimline.Syntax;
using Claimline.Syntax.Conllu;
using Claimline.Syntax.Lemmatization;
using Claimline.Syntax.Tagging;
using Claimline.Syntax.Training;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline eval pos --conllu FILE [--json]</c>: tags a CoNLL-U file's own words (gold tokenization) and prints
/// UPOS and lemma accuracy over syntactic words as the CoNLL 2018 shared task scores gold tokens, and in the JSON
/// each tag's precision and recall.
/// </summary>
internal static class EvalPosCommand
{
    internal static Command Create()
    {
        var conllu = new Option<FileInfo>("--conllu") { Description = "Gold data in CoNLL-U.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object {words, upos, lemma, tags: {NOUN: {precision, recall, …}, …}}." };
        var model = new Option<FileInfo?>("--model") { Description = "A model file written by 'claimline train pos' (default: the shipped model)." };
        var command = new Command("pos", "Score the part-of-speech tagger and lemmatizer on CoNLL-U data (gold tokens).") { conllu, json, model };
        command.SetAction(result =>
        {
            var goldFile = result.GetValue(conllu)!;
            if (!goldFile.Exists)
            {
                Console.Error.WriteLine($"claimline: {goldFile.FullName} does not exist.");
                return (int)ExitCode.NoInput;
            }

            List<ConlluSentence> sentences;
            PosTagger tagger;
            try
            {
                sentences = [.. ConlluReader.ReadFile(goldFile.FullName)];
                var modelFile = result.GetValue(model);
                if (modelFile is null)
                {
                    tagger = PosTagger.English;
                }
                else
                {
                    using var stream = File.OpenRead(modelFile.FullName);
                    tagger = new PosTagger(PosModelFile.Read(stream, modelFile.FullName));
                }
            }
            catch (Exception e) when (e is InvalidDataException or FormatException or IOException)
            {
                Console.Error.WriteLine($"claimline: {e.Message}");
                return (int)ExitCode.NoInput;
            }

            var score = PosEvaluation.Evaluate(tagger, Lemmatizer.English, sentences);
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(ToJson(score).ToJsonString());
            }
            else
            {
                WriteText(score, result.GetValue(model) is null ? ShippedManifest() : null, Console.Out);
            }

            return (int)ExitCode.Success;
        });
        return command;
    }

    internal static JsonObject ToJson(PosScore score)
    {
        var tags = new JsonObject();
        for (var t = 1; t <= UposNames.Count; t++)
        {
            var tag = (Upos)t;
            tags[tag.Name()] = new JsonObject
            {
                ["precision"] = Math.Round(score.Precision(tag), 6),
                ["recall"] = Math.Round(score.Recall(tag), 6),
                ["gold"] = score.GoldCount(tag),
                ["found"] = score.PredictedCount(tag),
            };
        }

        return new JsonObject
        {
            ["words"] = score.Words,
            ["upos"] = Math.Round(score.Accuracy, 6),
            ["lemma"] = Math.Round(score.LemmaAccuracy, 6),
            ["dictionaryWords"] = score.DictionaryWords,
            ["tags"] = tags,
        };
    }

    private static void WriteText(PosScore score, PosManifest? manifest, TextWriter output)
    {
        output.WriteLine(Invariant($"words: {score.Words:N0} (gold tokenization; {100.0 * score.DictionaryWords / Math.Max(1, score.Words):F1}% tagged from the tag dictionary)"));
        output.WriteLine(Invariant($"UPOS:  {100 * score.Accuracy:F2}%"));
        output.WriteLine(Invariant($"lemma: {100 * score.LemmaAccuracy:F2}%"));
        for (var t = 1; t <= UposNames.Count; t++)
        {
            var tag = (Upos)t;
            output.WriteLine(Invariant($"{tag.Name(),6}: precision {100 * score.Precision(tag),6:F2}%; recall {100 * score.Recall(tag),6:F2}%; gold {score.GoldCount(tag),6}"));
        }

        if (manifest?.DevUpos is { } claimed)
        {
            output.WriteLine(Invariant($"model {manifest.Name}: trained on {manifest.TrainingFile}; its manifest claims UPOS {100 * claimed:F2}% on {manifest.DevFile}."));
        }
    }

    private static PosManifest? ShippedManifest()
    {
        using var stream = ResourceFile.Open(PosModelFile.EnglishManifestPath);
        using var reader = new StreamReader(stream);
        return PosManifest.FromJson(reader.ReadToEnd());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
