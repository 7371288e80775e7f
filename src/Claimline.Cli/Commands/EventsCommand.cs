using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Claimline.Store;
using Spectre.Console;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline events [--actor PRK] [--code 19] [--from YYYY-MM-DD --to YYYY-MM-DD]</c>: the stored CAMEO-coded
/// events, newest day first: who did what to whom, flags and document.
/// </summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var actor = new Option<string?>("--actor") { Description = "Only events whose source or target CAMEO actor code starts with this: PRK (North Korea, its government, military …), USAGOV, IGOUNO." };
        var code = new Option<string?>("--code") { Description = "Only events whose CAMEO event code starts with this: 19 (fight), 193, 0311." };
        var from = new Option<string?>("--from") { Description = "Only events on or after this day (YYYY-MM-DD): the event's date, else its article's." };
        var to = new Option<string?>("--to") { Description = "Only events on or before this day (YYYY-MM-DD)." };
        var limit = new Option<int>("--limit") { Description = "Most events to list.", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array, one object per event." };
        var command = new Command("events", "List stored CAMEO-coded events: day, source, code and description, target, flags, document.")
        {
            db, actor, code, from, to, limit, json,
        };
        command.Validators.Add(r =>
        {
            foreach (var option in new[] { from, to })
            {
                if (r.GetValue(option) is { } day && !IsDay(day))
                {
                    r.AddError($"{option.Name} must be a day as YYYY-MM-DD, not '{day}'.");
                }
            }
        });
        command.SetAction(result =>
        {
            using var store = StoreOptions.OpenExisting(result.GetValue(db)!);
            if (store is null)
            {
                return (int)ExitCode.NoInput;
            }

            var filter = new EventFilter(result.GetValue(actor), result.GetValue(code), result.GetValue(from), result.GetValue(to));
            var rows = store.Queries.Events(filter, Math.Max(1, result.GetValue(limit)));
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(rows, CliJson.Options));
                return (int)ExitCode.Success;
            }

            EventTable.Write(rows);
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static bool IsDay(string value)
        => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}

/// <summary>Events as a table: day, source, code with GDELT's description, target, flags, the store's document id and key.</summary>
internal static class EventTable
{
    public static void Write(IEnumerable<EventRow> rows)
    {
        var table = new Table().AddColumns("date", "source", "code", "target", "flags", "document");
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Date ?? row.Day ?? ""),
                Markup.Escape(Actor(row.SourceCode, row.SourceName)),
                Markup.Escape($"{row.Code} {Short(row.Description ?? "")}"),
                Markup.Escape(Actor(row.TargetCode, row.TargetName)),
                Markup.Escape(Flags(row)),
                Markup.Escape($"{row.Document.ToString(CultureInfo.InvariantCulture)} {row.DocumentKey}"));
        }

        CliConsole.Out.Write(table);
    }

    private static string Actor(string code, string name) => $"{code} ({Short(name.ReplaceLineEndings(" "))})";

    /// <summary>negated, hypothetical, and who reports it: what a reader must know before counting the event as done.</summary>
    private static string Flags(EventRow row)
    {
        var flags = new List<string>();
        if (row.Negated)
        {
            flags.Add("negated");
        }

        if (row.Hypothetical)
        {
            flags.Add("hypothetical");
        }

        if (row.ReportedBy is not null)
        {
            flags.Add($"reported by {row.ReportedByName ?? row.ReportedBy}");
        }

        return string.Join(", ", flags);
    }

    private static string Short(string text) => text.Length > 48 ? text[..47] + "…" : text;
}
