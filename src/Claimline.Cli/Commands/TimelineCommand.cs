using System.CommandLine;
using System.Text.Json;
using Claimline.Claims.Timeline;
using Spectre.Console;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline timeline [CONCEPT]</c>: per concept whose label or key contains CONCEPT, every stored claim in date
/// order, how each holder's figure moved, and which figures agree or conflict; with <c>--input</c>, the same over
/// articles analyzed on the fly.
/// </summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var source = new ClaimSource();
        var concept = new Argument<string?>("concept")
        {
            Description = "Words of the concept's label or key (any case): 'KP troops', 'troop|KP|RU'. Without it, every concept with two or more claims.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var all = new Option<bool>("--all") { Description = "Also print concepts with a single claim." };
        var limit = new Option<int>("--limit") { Description = "Most concepts to print from the store (largest first).", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of concept timelines." };
        var command = new Command("timeline", "Each concept's claims in date order, with agreement, conflict and each holder's movement (from the store, or from --input articles).")
        {
            concept, all, limit, json,
        };
        source.AddTo(command);
        command.SetAction(result =>
        {
            var filter = result.GetValue(concept);
            IEnumerable<ConceptTimeline> timelines;
            var exit = ExitCode.Success;
            if (source.FromFiles(result))
            {
                (var documents, exit) = source.Analyze(result);
                timelines = ClaimTimeline.Build(documents).Where(t => filter is null
                    || t.Concept.Label.Contains(filter, StringComparison.OrdinalIgnoreCase)
                    || t.Concept.Key.Contains(filter, StringComparison.OrdinalIgnoreCase));
            }
            else
            {
                using var store = StoreOptions.OpenExisting(result.GetValue(source.Database)!);
                if (store is null)
                {
                    return (int)ExitCode.NoInput;
                }

                timelines = store.Claims.Timelines(filter, limit: 500);
            }

            var shown = timelines
                .Where(t => result.GetValue(all) || filter is not null || t.Entries.Count > 1)
                .Take(Math.Max(1, result.GetValue(limit)))
                .ToList();
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(shown, ClaimsCommand.Json));
                return (int)exit;
            }

            foreach (var timeline in shown)
            {
                Write(timeline);
            }

            return (int)exit;
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
