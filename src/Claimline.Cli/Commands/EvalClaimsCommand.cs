using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claimline.Claims.Evaluation;
using Claimline.Evaluation;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline eval claims --gold FILE</c>: scores claims against a gold JSONL file (docs/claims.md) — detection,
/// then holder, via, counted thing, location, qualifier and date of the matched claims.
/// </summary>
internal static class EvalClaimsCommand
{
    internal static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "The gold JSONL file: one article per line with id, date, source, text and its claims (docs/claims.md).",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with detection and per-field precision, recall and F1." };
        var errors = new Option<int>("--errors") { Description = "How many errors to show (text mode).", DefaultValueFactory = _ => 20 };
        var command = new Command("claims", "Score claims (holder, counted thing, location, value, qualifier, date) against gold JSONL.") { gold, json, errors };
        command.SetAction(result =>
        {
            ClaimScores scores;
            try
            {
                scores = ClaimEvaluator.Evaluate(ClaimGoldReader.Read(result.GetValue(gold)!));
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"claimline: {e.Message}");
                return (int)ExitCode.NoInput;
            }

            if (scores.Detection.GoldCount == 0)
            {
                Console.Error.WriteLine("claimline: no gold claims in the given file.");
                return (int)ExitCode.NoInput;
            }

            if (result.GetValue(json))
            {
                Console.Out.WriteLine(ToJson(scores).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return (int)ExitCode.Success;
            }

            Console.Out.WriteLine($"articles   {scores.Articles}");
            Console.Out.WriteLine($"detection  {scores.Detection}");
            Console.Out.WriteLine($"required   R {scores.Required.Recall * 100:0.00} %  ({scores.Required.TruePositives} of the {scores.Required.GoldCount} claims the gold marks required found)");
            if (scores.OnNonClaims.Listed > 0)
            {
                Console.Out.WriteLine($"non-claims {scores.OnNonClaims.Claimed} of {scores.OnNonClaims.Listed} phrases the gold lists as no claim were claimed");
            }

            foreach (var (field, score) in scores.Fields)
            {
                Console.Out.WriteLine($"{field,-10} {score}");
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

    internal static JsonObject ToJson(ClaimScores scores)
    {
        var fields = new JsonObject();
        foreach (var (field, score) in scores.Fields)
        {
            fields[field] = ScoreJson.Node(score);
        }

        return new JsonObject
        {
            ["articles"] = scores.Articles,
            ["detection"] = ScoreJson.Node(scores.Detection),
            ["required"] = ScoreJson.Node(scores.Required),
            ["nonClaims"] = new JsonObject { ["claimed"] = scores.OnNonClaims.Claimed, ["listed"] = scores.OnNonClaims.Listed },
            ["fields"] = fields,
        };
    }
}
