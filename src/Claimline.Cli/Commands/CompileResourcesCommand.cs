using System.CommandLine;
using Claimline.Entities.Resolution;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline compile-resources [FOLDER]</c>: writes the binary images of the large tables (the place table) that
/// start-up reads instead of parsing their text. The build runs it into the output folder (Claimline.Cli.csproj); an
/// image that no longer matches its source or the code is ignored, so running it is never required for correctness.
/// </summary>
internal static class CompileResourcesCommand
{
    public static Command Create()
    {
        var folder = new Argument<string?>("folder")
        {
            Description = "Where to write the images; by default beside the program, where start-up looks for them.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("compile-resources", "Write binary images of the large resource tables, read at start-up instead of the text (which stays the source).") { folder };
        command.SetAction(result =>
        {
            var target = result.GetValue(folder) ?? AppContext.BaseDirectory;
            if (!Directory.Exists(target))
            {
                Console.Error.WriteLine($"claimline: compile-resources: no such folder: {target}");
                return (int)ExitCode.Usage;
            }

            Console.WriteLine(Geocoder.CompilePlaces(target));
            return (int)ExitCode.Success;
        });
        return command;
    }
}
