using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claimline.Entities.Coreference.Evaluation;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline eval coref --gold FILE</c>: scores the links of pronouns, role nouns and descriptions against a gold
/// JSONL file (docs/coreference.md) — precision, recall and F1 overall and per anaphor kind.
/// </summary>
internal static class EvalCorefCommand
{
    internal static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "The gold JSONL file: one article per line with id, date, text and its links (docs/coreference.md).",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with overall and per-kind precision, recall and F1." };
        var errors = new Option<int>("--errors") { Description = "How many errors to show (text mode).", DefaultValueFactory = _ => 20 };
        var command = new Command("coref", "Score pronoun, role-noun and description links against gold JSONL.") { gold, json, errors };
        command.SetAction(result =>
        {
            CorefScores scores;
            try
            {
                scores = CorefEvaluator.Evaluate(CorefGoldReader.Read(result.GetValue(gold)!));
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"claimline: {e.Message}");
                return (int)ExitCode.NoInput;
            }

            if (scores.Overall.GoldCount == 0)
            {
                Console.Error.WriteLine("claimline: no gold links in the given file.");
                return (int)ExitCode.NoInput;
            }

            if (result.GetValue(json))
            {
                Console.Out.WriteLine(ToJson(scores).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return (int)ExitCode.Success;
            }

            Console.Out.WriteLine($"articles     {scores.Articles}");
            Console.Out.WriteLine($"overall      {scores.Overall}");
            foreach (var (kind, score) in scores.PerKind)
            {
                Console.Out.WriteLine($"{Name(kind),-12} {score}");
            }

            Console.Out.WriteLine();
            foreach (var error in scores.Errors.Take(Math.Max(0, result.GetValue(errors))))
            {
                Console.Out.WriteLine("  " + error.ReplaceLineEndings(" "));
            }

            return (int)ExitCode.Success;
        });
        return command;
    }

    internal static JsonObject ToJson(CorefScores scores)
    {
        var kinds = new JsonObject();
        foreach (var (kind, score) in scores.PerKind)
        {
            kinds[Name(kind)] = ScoreJson.Node(score);
        }

        return new JsonObject { ["articles"] = scores.Articles, ["overall"] = ScoreJson.Node(scores.Overall), ["kinds"] = kinds };
    }

    private static string Name(Claimline.Entities.Coreference.AnaphorKind kind) => kind.ToString().ToLowerInvariant();
}
