using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Claimline.Cli.Commands;

/// <summary><c>claimline entities</c>: the people, countries, places and bodies the stored articles speak of most.</summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var type = new Option<string?>("--type")
        {
            Description = "Only this kind: person, country, place, organization, group, other.",
        };
        type.AcceptOnlyFromAmong("person", "country", "place", "organization", "group", "other");
        var top = new Option<int>("--top") { Description = "How many to list.", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array." };
        var command = new Command("entities", "List the entities the stored articles speak of, by the number of documents.") { db, type, top, json };
        command.SetAction(result =>
        {
            using var store = StoreOptions.OpenExisting(result.GetValue(db)!);
            if (store is null)
            {
                return (int)ExitCode.NoInput;
            }

            var rows = store.Queries.TopEntities(result.GetValue(type), Math.Max(1, result.GetValue(top)));
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(rows, CliJson.Options));
                return (int)ExitCode.Success;
            }

            var table = new Table().AddColumns("entity", "kind", "country", "documents", "mentions", "roles", "key");
            foreach (var row in rows)
            {
                table.AddRow(Markup.Escape(row.Canonical), row.Kind, row.Country ?? "", $"{row.Documents:N0}", $"{row.Mentions:N0}", Markup.Escape(row.Roles ?? ""), Markup.Escape(row.Key));
            }

            CliConsole.Out.Write(table);
            return (int)ExitCode.Success;
        });
        return command;
    }
}
