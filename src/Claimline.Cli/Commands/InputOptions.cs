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

    public static Option<int> Parallel(string description = "Documents analyzed at once (default: the number of cores).") => new("--parallel")
    {
        Description = description,
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };
}

/// <summary>
/// The options that say how to read articles, shared by <c>analyze</c> and <c>ingest</c>: the input format, the
/// analysis size limit, and the date, title and source to give inputs that carry none.
/// </summary>
internal sealed class ReaderOptions
{
    public Option<InputFormat> Format { get; } = InputOptions.Format();

    public Option<int> MaxDocumentBytes { get; } = new("--max-document-bytes")
    {
        Description = $"Largest document to analyze, in bytes of UTF-8 text (default {DocumentReader.DefaultMaxTextBytes / (1024 * 1024)} MiB). A larger one is reported and skipped, never cut short.",
        DefaultValueFactory = _ => DocumentReader.DefaultMaxTextBytes,
    };

    public Option<string?> Date { get; } = new("--date")
    {
        Description = "Publication date (YYYY-MM-DD) for inputs that carry none, such as plain text: relative dates (Monday, last week) are resolved against it. A date the input gives (wire header, JSONL, HTML, feed) wins.",
    };

    public Option<string?> Title { get; } = new("--title") { Description = "Headline for inputs that carry none; a title the input gives wins." };

    public Option<string?> Source { get; } = new("--source") { Description = "Outlet or agency for inputs that carry none; a source the input gives wins." };

    public ReaderOptions()
    {
        MaxDocumentBytes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max-document-bytes must be a positive number of bytes.");
            }
        });
        Date.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && ParseDate(text) is null)
            {
                result.AddError($"--date '{text}' is not a date (YYYY-MM-DD).");
            }
        });
    }

    public IEnumerable<Option> All => [Format, MaxDocumentBytes, Date, Title, Source];

    /// <summary>A reader for what the command line asked; the read limit on a file, line or record grows with the analysis limit.</summary>
    public DocumentReader Create(ParseResult result)
    {
        var max = result.GetValue(MaxDocumentBytes);
        var date = result.GetValue(Date) is { } text ? ParseDate(text) : null;
        var title = result.GetValue(Title);
        var source = result.GetValue(Source);
        return new DocumentReader
        {
            Format = result.GetValue(Format),
            MaxTextBytes = max,
            MaxDocumentBytes = Math.Max(DocumentReader.DefaultMaxDocumentBytes, max),
            Defaults = date is null && title is null && source is null ? null : new DocumentDefaults(date, title, source),
        };
    }

    private static DateOnly? ParseDate(string text)
        => DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;
}
