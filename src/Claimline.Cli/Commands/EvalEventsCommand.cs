using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claimline.Events.Evaluation;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline eval events --gold FILE [--json]</c>: scores CAMEO events against a gold JSONL file
/// (docs/events-gold.md): (source, target, code) triples, root codes, dyads, the mood flags, and precision and recall
/// per CAMEO root.
/// </summary>
internal static class EvalEventsCommand
{
    internal static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "The gold JSONL file: one article per line with id, date, text and its events (docs/events-gold.md).",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with every measure's precision, recall and F1." };
        var errors = new Option<int>("--errors") { Description = "How many missed and spurious events to show (text mode).", DefaultValueFactory = _ => 30 };
        var command = new Command("events", "Score CAMEO events (source, target, code) against gold JSONL.") { gold, json, errors };
        command.SetAction(result =>
        {
            EventScores scores;
            try
            {
                scores = EventEvaluator.Evaluate(EventGoldReader.Read(result.GetValue(gold)!));
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or KeyNotFoundException)
            {
                Console.Error.WriteLine($"claimline: {e.Message}");
                return (int)ExitCode.NoInput;
            }

            if (result.GetValue(json))
            {
                Console.Out.WriteLine(ToJson(scores).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return (int)ExitCode.Success;
            }

            Console.Out.WriteLine($"articles     {scores.Articles}, sentences {scores.Sentences}");
            foreach (var (measure, score) in scores.Measures)
            {
                Console.Out.WriteLine($"{measure,-12} {score}");
            }

            Console.Out.WriteLine();
            Console.Out.WriteLine("of the matched triples, flags that agree:");
            foreach (var (flag, score) in scores.Flags)
            {
                Console.Out.WriteLine($"  {flag,-12} {score.TruePositives}/{score.GoldCount}");
            }

            Console.Out.WriteLine();
            Console.Out.WriteLine("per CAMEO root (root code measure):");
            foreach (var (root, score) in scores.ByRoot)
            {
                Console.Out.WriteLine($"  {root,-4} {score}");
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

    internal static JsonObject ToJson(EventScores scores)
    {
        var measures = new JsonObject();
        foreach (var (measure, score) in scores.Measures)
        {
            measures[measure] = ScoreJson.Node(score);
        }

        var roots = new JsonObject();
        foreach (var (root, score) in scores.ByRoot)
        {
            roots[root] = ScoreJson.Node(score);
        }

        var flags = new JsonObject();
        foreach (var (flag, score) in scores.Flags)
        {
            flags[flag] = new JsonObject { ["agree"] = score.TruePositives, ["matched"] = score.GoldCount };
        }

        return new JsonObject
        {
            ["articles"] = scores.Articles,
            ["sentences"] = scores.Sentences,
            ["measures"] = measures,
            ["flags"] = flags,
            ["roots"] = roots,
        };
    }
}
