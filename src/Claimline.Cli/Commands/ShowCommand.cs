using System.CommandLine;

namespace Claimline.Cli.Commands;

/// <summary><c>claimline show DOC-ID</c>: one stored document with all its layers.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("document") { Description = "The document's row id (as printed by search) or its key (file name or JSONL id)." };
        var db = StoreOptions.Database();
        var format = OutputFormat.CreateOption();
        var command = new Command("show", "Print one stored document with all its layers.") { id, db, format };
        command.SetAction(result =>
        {
            using var store = StoreOptions.OpenExisting(result.GetValue(db)!);
            if (store is null)
            {
                return (int)ExitCode.NoInput;
            }

            var stored = store.Queries.Get(result.GetValue(id)!);
            if (stored is null)
            {
                Console.Error.WriteLine($"claimline: no document '{result.GetValue(id)}' in {store.Path}");
                return (int)ExitCode.NoInput;
            }

            if (stored.DuplicateOf is { } original)
            {
                Console.Error.WriteLine($"note: near-duplicate of document {original}");
            }

            using (var output = CliOutput.OpenStandardOutput())
            {
                OutputFormat.Write([stored.Document], result.GetValue(format), output);
            }

            return (int)ExitCode.Success;
        });
        return command;
    }
}
