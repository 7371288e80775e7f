using System.CommandLine;
using Claimline.Reading;

namespace Claimline.Cli.Commands;

/// <summary>The input arguments and options shared by the commands that read articles (analyze, ingest, bench).</summary>
internal static class InputOptions
{
    /// <summary>Paths to read: files, directories, or '-' for standard input. A mistyped option is reported as one, not read as a path.</summary>
    public static Argument<string[]> Paths(string name = "inputs", string description = "Files, directories (read recursively) or '-' for standard input.", bool required = true)
    {
        var paths = new Argument<string[]>(name)
        {
            Description = description,
            Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
        return paths;
    }

    public static Option<InputFormat> Format() => new("--input-format")
    {
        Description = "How to read the inputs: auto (by extension, then content), text, wire, jsonl, html, feed or warc.",
        DefaultValueFactory = _ => InputFormat.Auto,
    };

    /// <summary>The analysis limit on one document's text; the read limit on a file, line or record grows with it.</summary>
    public static Option<int> MaxDocumentBytes()
    {
        var option = new Option<int>("--max-document-bytes")
        {
            Description = $"Largest document to analyze, in bytes of UTF-8 text (default {DocumentReader.DefaultMaxTextBytes / (1024 * 1024)} MiB). A larger one is reported and skipped, never cut short.",
            DefaultValueFactory = _ => DocumentReader.DefaultMaxTextBytes,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max-document-bytes must be a positive number of bytes.");
            }
        });
        return option;
    }

    /// <summary>A reader for the given format and analysis limit.</summary>
    public static DocumentReader Reader(InputFormat format, int maxDocumentBytes) => new()
    {
        Format = format,
        MaxTextBytes = maxDocumentBytes,
        MaxDocumentBytes = Math.Max(DocumentReader.DefaultMaxDocumentBytes, maxDocumentBytes),
    };

    public static Option<int> Parallel(string description = "Documents analyzed at once (default: the number of cores).") => new("--parallel")
    {
        Description = description,
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };
}
