using System.CommandLine;
using Claimline.Model;
using Claimline.Reading;

namespace Claimline.Cli.Commands;

/// <summary>
/// Where <c>claims</c> and <c>timeline</c> read claims from: the store (<c>--db</c>, the default), or articles
/// analyzed on the fly without storing them (<c>--input PATH</c>, repeatable).
/// </summary>
internal sealed class ClaimSource
{
    public Option<string> Database { get; } = StoreOptions.Database();

    public Option<string[]> Inputs { get; } = new("--input", "-i")
    {
        Description = "Analyze these files, directories or '-' instead of reading the store (repeatable).",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<InputFormat> Format { get; } = InputOptions.Format();

    public Option<int> Parallel { get; } = InputOptions.Parallel();

    public void AddTo(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(Inputs);
        command.Options.Add(Format);
        command.Options.Add(Parallel);
    }

    public bool FromFiles(ParseResult result) => result.GetValue(Inputs) is { Length: > 0 };

    /// <summary>Analyzes the <c>--input</c> paths; the runner's exit code says whether any were skipped.</summary>
    public (IReadOnlyList<Document> Documents, ExitCode Exit) Analyze(ParseResult result)
    {
        var runner = new AnalysisRunner(new DocumentReader { Format = result.GetValue(Format) }, Math.Max(1, result.GetValue(Parallel)));
        var documents = runner.Run(result.GetValue(Inputs)!).ToList();
        return (documents, runner.ExitCode);
    }
}
