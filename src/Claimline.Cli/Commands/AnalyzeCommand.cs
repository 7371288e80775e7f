using System.CommandLine;
using Claimline.Model;
using Claimline.Reading;
using Claimline.Serialization;

namespace Claimline.Cli.Commands;

/// <summary><c>claimline analyze FILE|DIR|- …</c>: runs the pipeline and prints the annotated documents.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = InputOptions.Paths();
        var format = OutputFormat.CreateOption();
        var reading = new ReaderOptions();
        var parallel = InputOptions.Parallel();

        var command = new Command("analyze", "Analyze articles and print every document with all its layers.")
        {
            inputs, format, parallel,
        };
        foreach (var option in reading.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            var formatName = result.GetValue(format);
            var runner = new AnalysisRunner(
                reading.Create(result),
                Math.Max(1, result.GetValue(parallel)));
            using (var output = CliOutput.OpenStandardOutput())
            {
                OutputFormat.Write(runner.Run(result.GetValue(inputs)!), formatName, output);
            }

            return (int)runner.ExitCode;
        });
        return command;
    }
}

/// <summary>The output formats shared by commands that print documents.</summary>
internal static class OutputFormat
{
    public const string Json = "json";
    public const string Jsonl = "jsonl";
    public const string Text = "text";

    public static Option<string> CreateOption(string defaultFormat = Json)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "json: one indented object (an array when there are several documents); jsonl: one compact document per line; text: a readable summary.",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(Json, Jsonl, Text);
        return option;
    }

    public static void Write(IEnumerable<Document> documents, string? format, Stream output)
    {
        switch (format)
        {
            case Text:
                using (var text = new StreamWriter(output, CliOutput.Utf8, CliOutput.BufferBytes, leaveOpen: true))
                {
                    foreach (var document in documents)
                    {
                        TextSummary.Write(document, text);
                    }
                }

                break;
            case Jsonl:
                foreach (var document in documents)
                {
                    DocumentJson.Write(document, output, indented: false, includeText: false);
                    output.Write(CliOutput.NewLine);
                }

                break;
            default:
                WriteJson(documents, output);
                break;
        }
    }

    /// <summary>One document as an object; several as an array, streamed as they arrive (each written as it is serialized).</summary>
    private static void WriteJson(IEnumerable<Document> documents, Stream output)
    {
        using var e = documents.GetEnumerator();
        if (!e.MoveNext())
        {
            return;
        }

        var first = e.Current;
        if (!e.MoveNext())
        {
            DocumentJson.Write(first, output);
            output.Write(CliOutput.NewLine);
            return;
        }

        output.Write("["u8);
        output.Write(CliOutput.NewLine);
        DocumentJson.Write(first, output);
        do
        {
            output.Write(","u8);
            output.Write(CliOutput.NewLine);
            DocumentJson.Write(e.Current, output);
        }
        while (e.MoveNext());
        output.Write(CliOutput.NewLine);
        output.Write("]"u8);
        output.Write(CliOutput.NewLine);
    }
}
