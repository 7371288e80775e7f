using System.CommandLine;

namespace Claimline.Cli.Commands;

/// <summary><c>claimline eval STAGE …</c>: scores a stage against gold data (precision, recall, F1).</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Score an extraction stage against gold data and print precision, recall and F1.");

        // One subcommand per stage that has gold data; each lives in its own Eval<Stage>Command.cs.
        command.Subcommands.Add(EvalTimexCommand.Create());
        command.Subcommands.Add(EvalNerCommand.Create());
        command.Subcommands.Add(EvalQuotesCommand.Create());
        command.Subcommands.Add(EvalClaimsCommand.Create());
        command.Subcommands.Add(EvalCorefCommand.Create());
        command.Subcommands.Add(EvalPosCommand.Create());
        command.Subcommands.Add(EvalParseCommand.Create());
        command.Subcommands.Add(EvalEventsCommand.Create());
        return command;
    }
}
