using System.CommandLine;
using System.Globalization;
using Claimline.Export;
using Claimline.Model;
using Claimline.Serialization;
using Claimline.Store;
using Claimline.Text;

namespace Claimline.Cli.Commands;

/// <summary><c>claimline export</c>: every stored document, as JSON Lines (all layers), CSV (one row of metadata per document) or GDELT GKG 2.1 rows, or GDELT 2.0 Events rows.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl: one document with all its layers per line; csv: id, key, date, source, title, url, words, near-duplicate link; gkg: GDELT GKG 2.1 columns, tab-separated, one row per article; gdelt-events: GDELT 2.0 Events columns, tab-separated, one row per stored event (docs/export.md).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv", "gkg", "gdelt-events");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Export the stored documents.") { db, format, output };
        command.SetAction(result =>
        {
            using var store = StoreOptions.OpenExisting(result.GetValue(db)!);
            if (store is null)
            {
                return (int)ExitCode.NoInput;
            }

            var path = result.GetValue(output);
            using var writer = path is null ? Console.Out : new StreamWriter(path);
            if (result.GetValue(format) == "csv")
            {
                WriteCsv(store, writer);
            }
            else if (result.GetValue(format) == "gkg")
            {
                // One row per stored article, republished copies included, as GDELT writes one per URL.
                foreach (var stored in store.Queries.All())
                {
                    GkgWriter.Write(writer, stored.Document, stored.Id);
                }
            }
            else if (result.GetValue(format) == "gdelt-events")
            {
                WriteGdeltEvents(store, writer);
            }
            else
            {
                foreach (var stored in store.Queries.All())
                {
                    DocumentJson.Write(stored.Document, writer, indented: false, includeText: false);
                    writer.WriteLine();
                }
            }

            return (int)ExitCode.Success;
        });
        return command;
    }

    /// <summary>One row per stored event, its GLOBALEVENTID the store's event row id (stable for the store), DATEADDED the ingest time.</summary>
    private static void WriteGdeltEvents(ClaimlineStore store, TextWriter writer)
    {
        foreach (var stored in store.Queries.All())
        {
            if (!stored.Document.TryGet(Layers.Events, out var events) || events.Count == 0)
            {
                continue;
            }

            var ids = store.Queries.EventIds(stored.Id);
            DateTime? added = DateTime.TryParse(stored.IngestedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;
            GdeltEventWriter.Write(writer, stored.Document, i => ids.TryGetValue(i, out var id) ? id : null, added);
        }
    }

    private static void WriteCsv(ClaimlineStore store, TextWriter writer)
    {
        writer.WriteLine("id,key,published,source,title,url,words,duplicate_of");
        foreach (var stored in store.Queries.All())
        {
            var meta = stored.Document.Meta;
            writer.WriteLine(string.Join(',',
                stored.Id.ToString(CultureInfo.InvariantCulture),
                Csv(meta.Id),
                meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                Csv(meta.Source),
                Csv(meta.Title),
                Csv(meta.Url),
                TextStatistics.CountWords(stored.Document.Get(Layers.Tokens)).ToString(CultureInfo.InvariantCulture),
                stored.DuplicateOf?.ToString(CultureInfo.InvariantCulture) ?? ""));
        }
    }

    /// <summary>RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run article text as a formula.</summary>
    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
