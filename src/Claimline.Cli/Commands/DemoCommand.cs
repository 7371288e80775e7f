using System.CommandLine;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Store;
using Claimline.Store.Ingestion;
using Spectre.Console;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline demo</c>: ingests the example articles shipped with Claimline (<c>examples/</c>) into the store
/// (<c>claimline.db</c> unless <c>--db</c> says otherwise) and shows what an analyst gets from them: the entities the
/// articles speak of, who said what, and the largest claim timeline. Running it again adds nothing: the store keeps
/// each text once.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var command = new Command("demo", "Ingest the example articles that ship with Claimline into the store and show their entities, quotes and a claim timeline.") { db };
        command.SetAction(async (result, cancellationToken) =>
        {
            var examples = FindExamples();
            if (examples is null)
            {
                Console.Error.WriteLine("claimline: the examples folder was not found next to the program.");
                return (int)ExitCode.NoInput;
            }

            using var store = ClaimlineStore.Open(result.GetValue(db)!);
            var runner = new IngestRunner(store, StandardPipeline.Create(), new DocumentReader(), Environment.ProcessorCount);
            await runner.RunAsync([examples], cancellationToken).ConfigureAwait(false);
            foreach (var error in runner.Errors)
            {
                Console.Error.WriteLine($"claimline: skipped {error}");
            }

            var console = CliConsole.Out;
            console.WriteLine($"Ingested {runner.Progress.Read} example documents from {examples} into {store.Path} ({runner.Progress.Stored} new, {runner.Progress.AlreadyStored} already stored; {store.Queries.CountDocuments()} in the store).");
            console.WriteLine();
            CliConsole.Heading(console, "Who the articles speak of");
            var entities = new Table().AddColumns("entity", "kind", "country", "documents", "mentions", "roles");
            foreach (var row in store.Queries.TopEntities(limit: 12))
            {
                entities.AddRow(Markup.Escape(row.Canonical), row.Kind, row.Country ?? "", $"{row.Documents}", $"{row.Mentions}", Markup.Escape(row.Roles ?? ""));
            }

            console.Write(entities);
            console.WriteLine();
            CliConsole.Heading(console, "Who said what (newest statements first)");
            QuoteTable.Write(store.Queries.Quotes(limit: 12));
            console.WriteLine();
            CliConsole.Heading(console, "A claim timeline: who put which number on what, as of when");
            var timeline = store.Claims.Timelines(filter: null, limit: 1).FirstOrDefault();
            if (timeline is not null)
            {
                TimelineCommand.Write(timeline);
            }

            console.WriteLine();
            console.WriteLine("Next: claimline serve   (web UI on http://127.0.0.1:5117), claimline quotes --speaker NAME, claimline search WORDS");
            return (int)(runner.Progress.Failed == 0 ? ExitCode.Success : ExitCode.PartialInput);
        });
        return command;
    }

    /// <summary>The examples travel with the program (copied to its folder).</summary>
    internal static string? FindExamples()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "examples");
        return Directory.Exists(beside) ? beside : null;
    }
}
