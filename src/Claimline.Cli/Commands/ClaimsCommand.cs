using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Claimline.Claims;
using Claimline.Claims.Evaluation;
using Claimline.Model;
using Claimline.Reading;
using Spectre.Console;

namespace Claimline.Cli.Commands;

/// <summary><c>claimline claims INPUTS…</c>: analyzes articles and lists their claims.</summary>
internal static class ClaimsCommand
{
    /// <summary>CLI JSON with the enums as the schema writes them (<c>estimates</c>, <c>at_most</c>).</summary>
    internal static JsonSerializerOptions Json { get; } = new(CliJson.Options) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    public static Command Create()
    {
        var inputs = InputOptions.Paths();
        var inputFormat = InputOptions.Format();
        var parallel = InputOptions.Parallel();
        var json = new Option<bool>("--json") { Description = "Print a JSON array, one object per claim." };
        var command = new Command("claims", "Analyze articles and list each claim: date, holder, figure, counted thing, location, concept, evidence.")
        {
            inputs, inputFormat, parallel, json,
        };
        command.SetAction(result =>
        {
            var runner = new AnalysisRunner(new DocumentReader { Format = result.GetValue(inputFormat) }, Math.Max(1, result.GetValue(parallel)));
            var rows = runner.Run(result.GetValue(inputs)!).SelectMany(Rows).ToList();
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(rows, Json));
            }
            else
            {
                var table = new Table().AddColumns("date", "holder", "modality", "figure", "counted", "location", "concept", "evidence", "document");
                foreach (var row in rows)
                {
                    var evidence = row.Evidence.ReplaceLineEndings(" ");
                    evidence = evidence.Length > 90 ? evidence[..89] + "…" : evidence;
                    table.AddRow(
                        row.Date ?? "",
                        Markup.Escape(row.Holder + (row.Via is null ? "" : $" (via {row.Via})")),
                        row.Modality.ToString().ToLowerInvariant(),
                        Markup.Escape(row.Figure),
                        Markup.Escape(row.Counted ?? ""),
                        Markup.Escape(row.Location ?? ""),
                        Markup.Escape(row.Concept),
                        Markup.Escape(evidence),
                        Markup.Escape(row.Document));
                }

                CliConsole.Out.Write(table);
            }

            return (int)runner.ExitCode;
        });
        return command;
    }

    private static IEnumerable<ClaimRow> Rows(Document document)
    {
        var quantities = document.Get(Layers.Quantities);
        foreach (var claim in document.Get(Layers.Claims))
        {
            var quantity = quantities[claim.Quantity];
            yield return new ClaimRow(
                document.Meta.Id,
                claim.Date,
                claim.Holder.Name,
                claim.Holder.Key,
                claim.Via,
                claim.Modality,
                quantity.Span.Of(document.Text),
                ClaimEvaluator.QualifierName(claim, quantity),
                quantity.Counted?.Text,
                quantity.Location?.Text,
                claim.Concept.Label,
                claim.Span.Of(document.Text),
                claim.Confidence);
        }
    }

    private sealed record ClaimRow(
        string Document,
        string? Date,
        string Holder,
        string? HolderKey,
        string? Via,
        Modality Modality,
        string Figure,
        string Qualifier,
        string? Counted,
        string? Location,
        string Concept,
        string Evidence,
        double Confidence);
}
