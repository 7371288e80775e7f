using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claimline.Evaluation;
using Claimline.Quotes;
using Claimline.Quotes.Attribution;
using Claimline.Quotes.Evaluation;
using Claimline.Quotes.Learning;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline eval quotes --polnear DIR | --gold FILE</c>: scores the quotes stage against PolNeAR's attributions or
/// our own gold file — content (overlap and exact), cues, sources and resolved pronoun sources, and on our gold kind and
/// speaker by name — with per-kind and per-sieve figures and sample errors.
/// </summary>
internal static class EvalQuotesCommand
{
    internal static Command Create()
    {
        var polnear = new Option<string>("--polnear")
        {
            Description = "The PolNeAR folder (its dev/ part is scored) or one part of it (dev/, train/).",
        };
        var gold = new Option<string?>("--gold")
        {
            Description = "A quotes gold file instead: JSON Lines, one article per line with its quotes (docs/quotes.md).",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON object with content (exact, overlap), cue, source and resolved precision, recall and F1.",
        };
        var errors = new Option<int>("--errors")
        {
            Description = "How many missed and spurious quotes to show (text mode).",
            DefaultValueFactory = _ => 10,
        };
        var model = new Option<FileInfo?>("--model")
        {
            Description = "Score with this attribution model file (from 'claimline train quotes') instead of the shipped one.",
        };
        var rules = new Option<bool>("--rules")
        {
            Description = "Score the rule finders alone, without the learned attribution model.",
        };
        var agreement = new Option<bool>("--agreement")
        {
            Description = "With --polnear: score the annotators against each other instead of the system (every pair of annotations of an article labelled twice or more), the ceiling for the system's figures.",
        };
        var command = new Command("quotes", "Score quotes and attribution against PolNeAR (brat standoff) or a quotes gold file (JSONL).")
        {
            polnear, gold, json, errors, model, rules, agreement,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(polnear) is null) == (result.GetValue(gold) is null))
            {
                result.AddError("give either --polnear DIR or --gold FILE.");
            }

            if (result.GetValue(agreement) && (result.GetValue(polnear) is null || result.GetValue(model) is not null || result.GetValue(rules)))
            {
                result.AddError("--agreement scores PolNeAR's annotators against each other: give --polnear DIR and neither --model nor --rules.");
            }
        });
        command.SetAction(result =>
        {
            QuoteScorer scorer;
            try
            {
                var tagger = Tagger(result.GetValue(model), result.GetValue(rules));
                scorer = result.GetValue(gold) is { } goldFile
                    ? QuoteEvaluator.EvaluateGold(QuoteGoldReader.Read(goldFile), tagger)
                    : result.GetValue(agreement)
                        ? QuoteEvaluator.EvaluateAgreement(result.GetValue(polnear)!)
                        : QuoteEvaluator.EvaluateDirectory(result.GetValue(polnear)!, tagger);
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or InvalidDataException)
            {
                Console.Error.WriteLine($"claimline: {e.Message}");
                return (int)ExitCode.NoInput;
            }

            if (scorer.ContentOverlap.GoldCount == 0)
            {
                Console.Error.WriteLine(result.GetValue(agreement)
                    ? "claimline: no article in the given folder was labelled by more than one annotator."
                    : "claimline: no gold attributions in the given folder.");
                return (int)ExitCode.NoInput;
            }

            if (result.GetValue(json))
            {
                var node = ToJson(scorer);
                if (result.GetValue(agreement))
                {
                    // Annotators name sources as written; there is nothing resolved to compare.
                    node.Remove("resolved");
                    node.Remove("resolvedRoles");
                }

                Console.Out.WriteLine(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                if (result.GetValue(agreement))
                {
                    Console.Out.WriteLine("annotators against each other (each pair of annotations of an article labelled more than once):");
                }

                WriteText(scorer, Math.Max(0, result.GetValue(errors)), Console.Out, resolved: !result.GetValue(agreement));
            }

            return (int)ExitCode.Success;
        });
        return command;
    }

    /// <summary>The quote tagger to score: null for the shipped one, the rules alone, or the rules with a model file.</summary>
    internal static QuoteTagger? Tagger(FileInfo? modelFile, bool rulesOnly)
    {
        if (rulesOnly)
        {
            return new QuoteTagger(QuoteLexicon.English, ReferentSpeakerResolver.English);
        }

        if (modelFile is null)
        {
            return null;
        }

        using var stream = modelFile.OpenRead();
        return new QuoteTagger(QuoteLexicon.English, ReferentSpeakerResolver.English, AttributionModelFile.Read(stream, modelFile.Name));
    }

    internal static JsonObject ToJson(QuoteScorer scorer)
    {
        var json = new JsonObject
        {
            ["contentExact"] = ScoreJson.Node(scorer.ContentExact),
            ["contentOverlap"] = ScoreJson.Node(scorer.ContentOverlap),
            ["cue"] = ScoreJson.Node(scorer.Cue),
            ["source"] = ScoreJson.Node(scorer.Source),
            ["resolved"] = ScoreJson.Node(scorer.Resolved),
            ["resolvedRoles"] = ScoreJson.Node(scorer.ResolvedRoles),
        };
        if (scorer.Kind.GoldCount > 0)
        {
            json["kind"] = ScoreJson.Node(scorer.Kind);
        }

        if (scorer.Speaker.GoldCount > 0)
        {
            json["speaker"] = ScoreJson.Node(scorer.Speaker);
        }

        return json;
    }

    private static void WriteText(QuoteScorer scorer, int errorCount, TextWriter output, bool resolved)
    {
        output.WriteLine($"content (overlap)  {scorer.ContentOverlap}");
        output.WriteLine($"content (exact)    {scorer.ContentExact}");
        output.WriteLine($"cue                {scorer.Cue}");
        output.WriteLine($"source             {scorer.Source}");
        if (resolved)
        {
            output.WriteLine($"resolved pronouns  {scorer.Resolved}");
            output.WriteLine($"resolved roles     {scorer.ResolvedRoles}");
        }

        if (scorer.Kind.GoldCount > 0)
        {
            output.WriteLine($"kind               {scorer.Kind}");
        }

        if (scorer.Speaker.GoldCount > 0)
        {
            output.WriteLine($"speaker (by name)  {scorer.Speaker}");
        }
        output.WriteLine();
        output.WriteLine("by system kind   found  matched");
        foreach (var (kind, (found, matched)) in scorer.BySystemKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {kind,-12} {found,6} {matched,8}");
        }

        output.WriteLine("by sieve         found  matched");
        foreach (var (sieve, (found, matched)) in scorer.BySieve.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {sieve,-18} {found,6} {matched,8}");
        }

        output.WriteLine("by sieve and confidence    found  matched  precision");
        foreach (var (band, (found, matched)) in scorer.ByConfidence.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {band,-24} {found,6} {matched,8}  {100.0 * matched / Math.Max(1, found),8:F1} %"));
        }

        output.WriteLine("by gold kind     gold   matched");
        foreach (var (kind, (gold, matched)) in scorer.ByGoldKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {kind,-12} {gold,6} {matched,8}");
        }

        foreach (var kind in new[] { "missed", "spurious" })
        {
            output.WriteLine();
            output.WriteLine($"sample {kind} (article: content | cue | source):");
            foreach (var error in scorer.Errors.Where(e => e.Kind == kind).Take(errorCount))
            {
                var content = error.Content.ReplaceLineEndings(" ");
                content = content.Length > 100 ? content[..100] + "…" : content;
                output.WriteLine($"  {error.Article}: {content} | {error.Cue ?? "-"} | {error.Source ?? "-"}");
            }
        }
    }
}
