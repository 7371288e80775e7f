using System.CommandLine;
using Claimline.Cli;
using Claimline.Cli.Commands;

var root = new RootCommand("Claimline reads news and extracts who said what, when, about whom, with which numbers.")
{
    AnalyzeCommand.Create(),
    ClaimsCommand.Create(),
    EventsCommand.Create(),
    TimelineCommand.Create(),
    DemoCommand.Create(),
    BenchCommand.Create(),
    EvalCommand.Create(),
    IngestCommand.Create(),
    WorkerCommand.Create(),
    QueueCommand.Create(),
    SearchCommand.Create(),
    EntitiesCommand.Create(),
    QuotesCommand.Create(),
    ShowCommand.Create(),
    ExportCommand.Create(),
    ServeCommand.Create(),
    TrainCommand.Create(),
    CompileResourcesCommand.Create(),
};

var resources = new Option<string?>("--resources")
{
    Description = "A folder laid out like src/Claimline whose rule and lexicon files replace the built-in ones (edit and rerun without rebuilding).",
    Recursive = true,
};
root.Options.Add(resources);

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"claimline: {error.Message}");
    }

    Console.Error.WriteLine("Run 'claimline --help' for usage.");
    return (int)ExitCode.Usage;
}

if (parsed.GetValue(resources) is { } folder)
{
    if (!Directory.Exists(folder))
    {
        Console.Error.WriteLine($"claimline: --resources {folder}: no such folder.");
        return (int)ExitCode.Usage;
    }

    Claimline.Resources.ResourceFile.OverrideDirectory = folder;
}

try
{
    return await parsed.InvokeAsync();
}
catch (Exception e)
{
    Console.Error.WriteLine($"claimline: internal error: {e.Message}");
    return (int)ExitCode.Failure;
}
