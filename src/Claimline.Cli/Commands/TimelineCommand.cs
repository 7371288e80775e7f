using System.CommandLine;
using System.Text.Json;
using Claimline.Claims.Timeline;
using Claimline.Reading;
using Spectre.Console;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline timeline [--concept WORDS] INPUTS…</c>: analyzes a set of articles and prints, per concept, every claim
/// in date order, how each holder's figure moved, and which figures agree or conflict.
/// </summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var inputs = InputOptions.Paths();
        var inputFormat = InputOptions.Format();
        var parallel = InputOptions.Parallel();
        var concept = new Option<string?>("--concept") { Description = "Only concepts whose label or key contains this (any case): 'KP troops', 'troop|KP'." };
        var all = new Option<bool>("--all") { Description = "Also print concepts with a single claim." };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of concept timelines." };
        var command = new Command("timeline", "Analyze articles and print each concept's claims in date order, with agreement, conflict and each holder's movement.")
        {
            inputs, inputFormat, parallel, concept, all, json,
        };
        command.SetAction(result =>
        {
            var runner = new AnalysisRunner(new DocumentReader { Format = result.GetValue(inputFormat) }, Math.Max(1, result.GetValue(parallel)));
            var documents = runner.Run(result.GetValue(inputs)!).ToList();
            var filter = result.GetValue(concept);
            var timelines = ClaimTimeline.Build(documents)
                .Where(t => filter is null
                    || t.Concept.Label.Contains(filter, StringComparison.OrdinalIgnoreCase)
                    || t.Concept.Key.Contains(filter, StringComparison.OrdinalIgnoreCase))
                .Where(t => result.GetValue(all) || filter is not null || t.Entries.Count > 1)
                .ToList();
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(timelines, ClaimsCommand.Json));
                return (int)runner.ExitCode;
            }

            foreach (var timeline in timelines)
            {
                Write(timeline);
            }

            return (int)runner.ExitCode;
        });
        return command;
    }

    internal static void Write(ConceptTimeline timeline)
    {
        var output = CliConsole.Out;
        output.WriteLine();
        output.MarkupLine($"[bold]{Markup.Escape(timeline.Concept.Label)}[/]  ({Markup.Escape(timeline.Concept.Key)}; {timeline.Entries.Count} claims)");
        output.MarkupLine("[grey]grouped by: " + Markup.Escape(string.Join("; ", timeline.Concept.Evidence)) + "[/]");
        var table = new Table().AddColumns("date", "holder", "modality", "figure", "location", "evidence", "outlet / document");
        foreach (var entry in timeline.Entries)
        {
            var evidence = entry.Evidence.ReplaceLineEndings(" ");
            evidence = evidence.Length > 80 ? evidence[..79] + "…" : evidence;
            table.AddRow(
                entry.Date ?? "",
                Markup.Escape(entry.Holder.Name + (entry.Via is null ? "" : $" (via {entry.Via})")),
                entry.Modality.ToString().ToLowerInvariant(),
                Markup.Escape(entry.Figure),
                Markup.Escape(entry.Location ?? ""),
                Markup.Escape(evidence),
                Markup.Escape((entry.Outlet is null ? "" : entry.Outlet + " / ") + entry.Document));
        }

        output.Write(table);
        foreach (var holder in timeline.Holders.Where(h => h.Entries.Count > 1))
        {
            output.WriteLine($"{holder.Holder}: {holder.Movement}: " + string.Join(" → ", holder.Entries.Select(e => $"{e.Figure} ({e.Date})")));
        }

        foreach (var comparison in timeline.Comparisons)
        {
            output.WriteLine($"{(comparison.Agree ? "agree   " : "conflict")} {comparison.First.Holder.Name} {comparison.First.Figure} ({comparison.First.Date}) vs {comparison.Second.Holder.Name} {comparison.Second.Figure} ({comparison.Second.Date})");
        }
    }
}
