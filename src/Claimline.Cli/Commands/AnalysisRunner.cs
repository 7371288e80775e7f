using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;

namespace Claimline.Cli.Commands;

/// <summary>Reads inputs, runs the standard pipeline over them in parallel, and counts what failed.</summary>
internal sealed class AnalysisRunner(DocumentReader reader, int parallelism)
{
    private readonly AnnotationPipeline _pipeline = StandardPipeline.Create();

    public int Errors { get; private set; }

    public int Documents { get; private set; }

    /// <summary>Analyzed documents in input order; read and stage errors go to stderr and are counted.</summary>
    public IEnumerable<Document> Run(IEnumerable<string> inputs)
    {
        var documents = reader.Read(inputs).Where(result =>
        {
            if (result.Error is { } error)
            {
                Report(error.Message);
                return false;
            }

            return true;
        }).Select(result => result.Document!);

        foreach (var result in _pipeline.RunAll(documents, parallelism))
        {
            if (result.Error is { } error)
            {
                Report($"{result.Document.Meta.Origin ?? result.Document.Meta.Id}: {error.Message}");
                continue;
            }

            Documents++;
            yield return result.Document;
        }
    }

    public ExitCode ExitCode => Errors == 0 ? ExitCode.Success : Documents == 0 ? ExitCode.NoInput : ExitCode.PartialInput;

    private void Report(string message)
    {
        Errors++;
        Console.Error.WriteLine($"claimline: skipped {message}");
    }
}
