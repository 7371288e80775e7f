using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Claimline.Resources;
using Claimline.Syntax;
using Claimline.Syntax.Conllu;
using Claimline.Syntax.Parsing;
using Claimline.Syntax.Tagging;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline eval parse --conllu FILE [--json] [--gold-pos | --pos-from FILE]</c>: parses a treebank's own words and
/// prints UAS and LAS as the CoNLL 2018 shared task scores gold-tokenised input (every word, punctuation included; LAS
/// on the universal relation), the full-label LAS, and precision, recall and F1 per relation. The tags parsed with are
/// the treebank's own (<c>--gold-pos</c>) or another file's UPOS column over the same words (<c>--pos-from</c>, e.g.
/// a tagger's output); without either, the shipped tagger (<see cref="PosTagger.English"/>) tags the treebank's words:
/// predicted POS, the setting a user's text is parsed in.
/// </summary>
internal static class EvalParseCommand
{
    internal static Command Create()
    {
        var conllu = new Option<FileInfo>("--conllu") { Description = "Gold treebank in CoNLL-U.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object {uas, las, fullLas, words, relations: {nsubj: {…}, …}}." };
        var goldPos = new Option<bool>("--gold-pos") { Description = "Parse with the treebank's own UPOS (gold POS); default: tags from the shipped tagger (predicted POS)." };
        var posFrom = new Option<FileInfo?>("--pos-from") { Description = "Parse with the UPOS column of this CoNLL-U file (same sentences and words, e.g. a tagger's output)." };
        var model = new Option<FileInfo?>("--model") { Description = "A model file written by 'claimline train parse' (default: the shipped model)." };
        var command = new Command("parse", "Score the dependency parser on a CoNLL-U treebank (CoNLL 2018 scoring on gold tokens: UAS, LAS, per relation).")
        {
            conllu, json, goldPos, posFrom, model,
        };
        command.SetAction(result =>
        {
            var goldFile = result.GetValue(conllu)!;
            var tagsFile = result.GetValue(posFrom);
            foreach (var file in new[] { goldFile, tagsFile })
            {
                if (file is not null && !file.Exists)
                {
                    Console.Error.WriteLine($"claimline: {file.FullName} does not exist.");
                    return (int)ExitCode.NoInput;
                }
            }

            if (result.GetValue(goldPos) && tagsFile is not null)
            {
                Console.Error.WriteLine("claimline: give --gold-pos or --pos-from, not both.");
                return (int)ExitCode.Usage;
            }

            List<ConlluSentence> sentences;
            Dictionary<ConlluSentence, Upos[]>? predicted = null;
            DependencyParser parser;
            try
            {
                sentences = [.. ConlluReader.ReadFile(goldFile.FullName)];
                if (tagsFile is not null)
                {
                    var tagged = ConlluReader.ReadFile(tagsFile.FullName).ToList();
                    if (tagged.Count != sentences.Count || tagged.Where((s, i) => s.Length != sentences[i].Length).Any())
                    {
                        Console.Error.WriteLine($"claimline: {tagsFile.Name} does not hold the same sentences and words as {goldFile.Name}.");
                        return (int)ExitCode.NoInput;
                    }

                    predicted = new Dictionary<ConlluSentence, Upos[]>(ReferenceEqualityComparer.Instance);
                    for (var i = 0; i < sentences.Count; i++)
                    {
                        predicted[sentences[i]] = tagged[i].Tags;
                    }
                }
                else if (!result.GetValue(goldPos))
                {
                    // Predicted POS: the shipped tagger over the treebank's own words.
                    predicted = new Dictionary<ConlluSentence, Upos[]>(ReferenceEqualityComparer.Instance);
                    foreach (var sentence in sentences)
                    {
                        predicted[sentence] = PosTagger.English.Tag(sentence.Forms);
                    }
                }

                parser = result.GetValue(model) is { } modelFile ? new DependencyParser(ReadModel(modelFile.FullName)) : DependencyParser.English;
            }
            catch (Exception e) when (e is FormatException or InvalidDataException or ResourceException)
            {
                Console.Error.WriteLine($"claimline: {e.Message}");
                return (int)ExitCode.NoInput;
            }

            var score = ParseEvaluation.Evaluate(parser, sentences, predicted is null ? null : s => predicted[s]);
            var setting = predicted is null ? "gold POS" : tagsFile is null ? "predicted POS (shipped tagger)" : $"POS from {tagsFile.Name}";
            if (result.GetValue(json))
            {
                var output = ToJson(score);
                output["pos"] = setting;
                Console.Out.WriteLine(output.ToJsonString());
            }
            else
            {
                WriteText(score, setting, result.GetValue(model) is null ? ShippedManifest() : null, Console.Out);
            }

            return (int)ExitCode.Success;
        });
        return command;
    }

    internal static JsonObject ToJson(ParseScore score)
    {
        var relations = new JsonObject();
        foreach (var (relation, c) in score.Relations)
        {
            relations[relation] = new JsonObject
            {
                ["precision"] = Math.Round(c.Precision, 6),
                ["recall"] = Math.Round(c.Recall, 6),
                ["f1"] = Math.Round(c.F1, 6),
                ["correct"] = c.Correct,
                ["found"] = c.Found,
                ["gold"] = c.Gold,
            };
        }

        return new JsonObject
        {
            ["sentences"] = score.Sentences,
            ["words"] = score.Words,
            ["uas"] = Math.Round(score.Uas, 6),
            ["las"] = Math.Round(score.Las, 6),
            ["fullLas"] = Math.Round(score.FullLas, 6),
            ["relations"] = relations,
        };
    }

    private static void WriteText(ParseScore score, string setting, ParserManifest? manifest, TextWriter output)
    {
        output.WriteLine(Invariant($"{score.Sentences} sentences, {score.Words} words, parsed with {setting}"));
        output.WriteLine(Invariant($"UAS {100 * score.Uas:F2}  LAS {100 * score.Las:F2}  (full-label LAS {100 * score.FullLas:F2})"));
        output.WriteLine("relation        precision  recall      F1    gold");
        foreach (var (relation, c) in score.Relations.OrderByDescending(r => r.Value.Gold))
        {
            output.WriteLine(Invariant($"{relation,-14} {100 * c.Precision,9:F2} {100 * c.Recall,7:F2} {100 * c.F1,7:F2} {c.Gold,7}"));
        }

        if (manifest?.Dev is { } claimed)
        {
            output.WriteLine(Invariant($"model {manifest.Name}: trained on {manifest.TrainingFile}; its manifest claims UAS {100 * claimed.Uas:F2} LAS {100 * claimed.Las:F2} on {manifest.DevFile}."));
        }
    }

    private static ParserModel ReadModel(string path)
    {
        using var stream = File.OpenRead(path);
        return ParserModelFile.Read(stream, path);
    }

    private static ParserManifest? ShippedManifest()
    {
        try
        {
            using var stream = ResourceFile.Open(ParserModelFile.EnglishManifestPath);
            using var reader = new StreamReader(stream);
            return ParserManifest.FromJson(reader.ReadToEnd());
        }
        catch (ResourceException)
        {
            return null;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
