using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Claimline.Claims;
using Claimline.Claims.Evaluation;
using Claimline.Model;
using Spectre.Console;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline claims [--concept WORDS] [--holder NAME]</c>: the stored claims, newest first; with <c>--input</c>, the
/// claims of articles analyzed on the fly. The document column is the store's row id (for <c>claimline show</c>) or
/// the article's id.
/// </summary>
internal static class ClaimsCommand
{
    /// <summary>CLI JSON with the enums as the schema writes them (<c>estimates</c>, <c>at_most</c>).</summary>
    internal static JsonSerializerOptions Json { get; } = new(CliJson.Options) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    public static Command Create()
    {
        var source = new ClaimSource();
        var concept = new Option<string?>("--concept") { Description = "Only claims whose concept key or label contains this (any case): 'KP troops', 'troop|KP'." };
        var holder = new Option<string?>("--holder") { Description = "Only claims whose holder key is this (country:US) or whose holder's name contains it (any case)." };
        var limit = new Option<int>("--limit") { Description = "Most claims to list from the store (newest first).", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array, one object per claim." };
        var command = new Command("claims", "List claims from the store (or from --input articles): date, holder, figure, counted thing, location, concept, evidence.")
        {
            concept, holder, limit, json,
        };
        source.AddTo(command);
        command.SetAction(result =>
        {
            var (conceptFilter, holderFilter) = (result.GetValue(concept), result.GetValue(holder));
            List<ClaimRow> rows;
            var exit = ExitCode.Success;
            if (source.FromFiles(result))
            {
                (var documents, exit) = source.Analyze(result);
                rows = [.. documents.SelectMany(Rows).Where(r => Matches(r, conceptFilter, holderFilter))];
            }
            else
            {
                using var store = StoreOptions.OpenExisting(result.GetValue(source.Database)!);
                if (store is null)
                {
                    return (int)ExitCode.NoInput;
                }

                rows = [.. store.Claims.Claims(conceptFilter, holderFilter, Math.Max(1, result.GetValue(limit))).Select(FromStore)];
            }

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

            return (int)exit;
        });
        return command;
    }

    private static bool Matches(ClaimRow row, string? concept, string? holder)
        => (concept is null || row.ConceptKey.Contains(concept, StringComparison.OrdinalIgnoreCase) || row.Concept.Contains(concept, StringComparison.OrdinalIgnoreCase))
            && (holder is null || row.HolderKey == holder || row.Holder.Contains(holder, StringComparison.OrdinalIgnoreCase));

    private static ClaimRow FromStore(Store.ClaimRow row) => new(
        row.Document.ToString(System.Globalization.CultureInfo.InvariantCulture),
        row.Date,
        row.Holder,
        row.HolderKey,
        row.Via,
        Enum.Parse<Modality>(row.Modality, ignoreCase: true),
        row.Figure,
        row.Qualifier,
        row.Counted,
        row.Location,
        row.ConceptLabel,
        row.Concept,
        row.Evidence,
        row.Confidence);

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
                claim.Concept.Key,
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
        string ConceptKey,
        string Evidence,
        double Confidence);
}
