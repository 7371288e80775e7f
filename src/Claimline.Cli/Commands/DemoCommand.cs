using System.CommandLine;
using Claimline.Reading;

namespace Claimline.Cli.Commands;

/// <summary><c>claimline demo</c>: analyzes the example articles shipped with Claimline (<c>examples/</c>).</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var format = OutputFormat.CreateOption(OutputFormat.Text);
        var command = new Command("demo", "Analyze the example articles that ship with Claimline and print what was found.")
        {
            format,
        };
        command.SetAction(result =>
        {
            var examples = FindExamples();
            if (examples is null)
            {
                Console.Error.WriteLine("claimline: the examples folder was not found next to the program.");
                return (int)ExitCode.NoInput;
            }

            var runner = new AnalysisRunner(new DocumentReader(), Environment.ProcessorCount);
            OutputFormat.Write(runner.Run([examples]), result.GetValue(format), Console.Out);
            Console.Error.WriteLine($"claimline demo: {runner.Documents} example documents analyzed from {examples}");
            return (int)runner.ExitCode;
        });
        return command;
    }

    /// <summary>The examples travel with the program (copied to its folder); from a source tree, the repository's copy is used.</summary>
    internal static string? FindExamples()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "examples");
        return Directory.Exists(beside) ? beside : null;
    }
}
