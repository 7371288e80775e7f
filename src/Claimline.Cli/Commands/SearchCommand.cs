using System.CommandLine;
using System.Text.Json;

namespace Claimline.Cli.Commands;

/// <summary><c>claimline search TEXT</c>: full-text search over the stored documents.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string[]>("text") { Description = "Words that must all occur.", Arity = ArgumentArity.OneOrMore };
        var db = StoreOptions.Database();
        var limit = new Option<int>("--limit") { Description = "Most hits to show.", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print the hits as a JSON array." };
        var command = new Command("search", "Full-text search over stored titles and texts, best matches first.") { text, db, limit, json };
        command.SetAction(result =>
        {
            using var store = StoreOptions.OpenExisting(result.GetValue(db)!);
            if (store is null)
            {
                return (int)ExitCode.NoInput;
            }

            var hits = store.Queries.Search(string.Join(' ', result.GetValue(text)!), Math.Max(1, result.GetValue(limit)));
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(hits, CliJson.Options));
            }
            else
            {
                foreach (var hit in hits)
                {
                    Console.WriteLine($"{hit.Id,6}  {hit.Published ?? "          "}  {hit.Key}{(hit.Title is null ? "" : "  " + hit.Title)}");
                    Console.WriteLine($"        {hit.Snippet.ReplaceLineEndings(" ")}");
                }

                Console.Error.WriteLine($"{hits.Count} hit(s)");
            }

            return (int)ExitCode.Success;
        });
        return command;
    }
}
