using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Claimline.Cli.Commands;

/// <summary><c>claimline quotes [--speaker NAME] [--text WORDS] [--min-confidence P]</c>: who said what, newest first.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes whose speaker's name contains this (any case)." };
        var text = new Option<string?>("--text") { Description = "Only quotes containing all these words." };
        var limit = new Option<int>("--limit") { Description = "Most quotes to list.", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array." };
        var minConfidence = new Option<double>("--min-confidence")
        {
            Description = "Only quotes whose attribution is at least this sure (0–1; measured per finder and margin, docs/quotes.md).",
        };
        var command = new Command("quotes", "List stored quotes with speaker, date and document, newest statement first.") { db, speaker, text, limit, json, minConfidence };
        command.Validators.Add(r =>
        {
            if (r.GetValue(minConfidence) is < 0 or > 1)
            {
                r.AddError("--min-confidence must lie between 0 and 1.");
            }
        });
        command.SetAction(result =>
        {
            using var store = StoreOptions.OpenExisting(result.GetValue(db)!);
            if (store is null)
            {
                return (int)ExitCode.NoInput;
            }

            var rows = store.Queries.Quotes(result.GetValue(speaker), result.GetValue(text), Math.Max(1, result.GetValue(limit)), minConfidence: result.GetValue(minConfidence));
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(rows, CliJson.Options));
                return (int)ExitCode.Success;
            }

            QuoteTable.Write(rows);
            return (int)ExitCode.Success;
        });
        return command;
    }
}

/// <summary>Quotes as a table: date, speaker, kind, the words (shortened), document.</summary>
internal static class QuoteTable
{
    public static void Write(IEnumerable<Store.QuoteRow> rows)
    {
        var table = new Table().AddColumns("date", "speaker", "kind", "quote", "document");
        foreach (var row in rows)
        {
            var words = row.Text.ReplaceLineEndings(" ");
            words = words.Length > 110 ? words[..109] + "…" : words;
            table.AddRow(row.Date ?? row.Published ?? "", Markup.Escape(row.Speaker ?? "(unknown)"), row.Kind, Markup.Escape(words), Markup.Escape(row.DocumentKey));
        }

        CliConsole.Out.Write(table);
    }
}
