using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claimline.Evaluation;
using Claimline.Time.Evaluation;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline eval timex --timeml DIR</c>: scores the time stage against TimeML files as the TempEval-3 scorer
/// does — strict and relaxed extraction, value and type F1 — with a per-type breakdown and the most common errors.
/// </summary>
internal static class EvalTimexCommand
{
    internal static Command Create()
    {
        var timeml = new Option<string[]>("--timeml")
        {
            Description = "TimeML (.tml) files, or directories searched recursively for them; repeatable.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON object with strict, relaxed, value and type precision, recall and F1.",
        };
        var errors = new Option<int>("--errors")
        {
            Description = "How many of the most common errors to list (text mode).",
            DefaultValueFactory = _ => 25,
        };
        var command = new Command("timex", "Score time expressions (TIMEX3) against TimeML files, TempEval-3 style.")
        {
            timeml, json, errors,
        };
        command.SetAction(result =>
        {
            TimexScorer scorer;
            try
            {
                scorer = TimexEvaluator.EvaluateFiles(result.GetValue(timeml)!);
            }
            catch (Exception e) when (e is IOException or FormatException)
            {
                Console.Error.WriteLine($"claimline: {e.Message}");
                return (int)ExitCode.NoInput;
            }

            if (scorer.Relaxed.GoldCount == 0 && scorer.Relaxed.SystemCount == 0)
            {
                Console.Error.WriteLine("claimline: no TIMEX3 expressions in the given TimeML files.");
                return (int)ExitCode.NoInput;
            }

            if (result.GetValue(json))
            {
                Console.Out.WriteLine(ToJson(scorer).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                WriteText(scorer, Math.Max(0, result.GetValue(errors)), Console.Out);
            }

            return (int)ExitCode.Success;
        });
        return command;
    }

    internal static JsonObject ToJson(TimexScorer scorer)
    {
        return new JsonObject
        {
            ["strict"] = ScoreJson.Node(scorer.Strict),
            ["relaxed"] = ScoreJson.Node(scorer.Relaxed),
            ["value"] = ScoreJson.Node(scorer.Value),
            ["type"] = ScoreJson.Node(scorer.Type),
        };
    }

    private static void WriteText(TimexScorer scorer, int errorCount, TextWriter output)
    {
        output.WriteLine($"strict   {scorer.Strict}");
        output.WriteLine($"relaxed  {scorer.Relaxed}");
        output.WriteLine($"value    {scorer.Value}");
        output.WriteLine($"type     {scorer.Type}");
        output.WriteLine();
        output.WriteLine("by gold type   gold  found  right value");
        foreach (var (type, counts) in scorer.ByType.OrderByDescending(t => t.Value.Gold))
        {
            output.WriteLine($"  {type,-10} {counts.Gold,6} {counts.Found,6} {counts.ValueCorrect,6}");
        }

        if (errorCount == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("most common errors (count, kind, text, gold → system):");
        var grouped = scorer.Errors
            .GroupBy(e => (e.Kind, Text: e.Text.ToLowerInvariant(), Gold: e.Gold is { } g ? $"{g.Type} {g.Value}" : "-", System: e.System is { } s ? $"{s.Type} {s.Value} [{s.Rule}]" : "-"))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.Text, StringComparer.Ordinal)
            .Take(errorCount);
        foreach (var group in grouped)
        {
            output.WriteLine($"  {group.Count(),4}  {group.Key.Kind,-10} \"{group.Key.Text}\"  {group.Key.Gold} → {group.Key.System}");
        }
    }
}
