using Claimline.Evaluation;
using Claimline.Events.Actors;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Resources;

namespace Claimline.Events.Evaluation;

/// <summary>
/// Scores the events stage against a gold file (docs/events-gold.md). Events are compared within their sentence (a
/// coded event belongs to the gold sentence holding its trigger); each measure matches greedily, one to one:
/// <list type="bullet">
/// <item><b>triple</b>: source and target agree on their actor root (the country or international body, role codes
/// dropped: <c>RUSMIL</c> → <c>RUS</c>) and the code on its base (<c>193</c> for <c>1931</c>) — the (source, target,
/// code) agreement PETRARCH-class coders are reported on;</item>
/// <item><b>triple, full codes</b>: the whole actor codes and the whole event code;</item>
/// <item><b>root code</b>: the event's CAMEO root alone (<c>19</c>), actors ignored;</item>
/// <item><b>dyad</b>: the two actor roots alone, code ignored;</item>
/// <item><b>triple + mood</b>: a triple whose negated and hypothetical flags also agree.</item>
/// </list>
/// Negated and hypothetical gold events count like the others: a coder must find them and mark them.
/// </summary>
public static class EventEvaluator
{
    /// <summary>The measures, in the order they are printed.</summary>
    public static readonly IReadOnlyList<string> MeasureNames = ["triple", "triple_full", "root_code", "dyad", "triple_mood"];

    private static readonly Lazy<HashSet<string>> s_roles = new(() =>
        ResourceFile.ReadList("Events/Resources/cameo/role-codes.txt").ToHashSet(StringComparer.Ordinal));

    public static EventScores Evaluate(IReadOnlyList<EventGoldArticle> articles, AnnotationPipeline? pipeline = null)
    {
        pipeline ??= StandardPipeline.Create();
        var measures = MeasureNames.ToDictionary(m => m, _ => default(Score));
        var byRoot = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        var flags = new Dictionary<string, Score> { ["negated"] = default, ["hypothetical"] = default, ["reported_by"] = default };
        var errors = new List<string>();
        var sentences = 0;
        foreach (var article in articles)
        {
            var document = pipeline.Run(new Document(article.Text, new DocumentMeta(article.Id, Published: article.Date)));
            var events = document.Get(Layers.Events);
            var gold = article.Events;
            sentences += document.Get(Layers.Sentences).Count;

            // Each coded event is judged in the gold sentence holding its trigger (or none: then it is only spurious).
            var system = events.ToList();
            foreach (var measure in MeasureNames)
            {
                var (correct, pairs) = Match(gold, system, measure);
                measures[measure] += new Score(correct, system.Count, gold.Count);
                if (measure == "triple")
                {
                    ReportTriples(article, gold, system, pairs, errors, flags);
                }

                if (measure == "root_code")
                {
                    foreach (var root in gold.Select(g => Root(g.Code)).Concat(system.Select(s => s.RootCode)).Distinct())
                    {
                        var tp = pairs.Count(p => Root(gold[p.Gold].Code) == root);
                        byRoot[root] = byRoot.GetValueOrDefault(root) + new Score(tp, system.Count(s => s.RootCode == root), gold.Count(g => Root(g.Code) == root));
                    }
                }
            }
        }

        return new EventScores(articles.Count, sentences, measures, byRoot, flags, errors);
    }

    /// <summary>The actor's root: a leading CAMEO country code, else the code less its trailing role codes (<c>IGOUNO</c>, <c>REB</c>).</summary>
    public static string ActorRoot(string code)
    {
        code = code.Trim().ToUpperInvariant();
        if (code.StartsWith("---", StringComparison.Ordinal))
        {
            code = code[3..];
        }

        if (code.Length >= 3 && CountryCodes.English.IsCountry(code[..3]))
        {
            return code[..3];
        }

        // Sector roles go (RUSMIL → RUS, ---CVL → CVL); an international body keeps the code that names it (IGOUNO).
        var international = code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal)
            || code.StartsWith("IMG", StringComparison.Ordinal) || code.StartsWith("MNC", StringComparison.Ordinal);
        var floor = international ? 6 : 3;
        while (code.Length > floor && s_roles.Value.Contains(code[^3..]))
        {
            code = code[..^3];
        }

        return code;
    }

    private static string Root(string code) => code.Length >= 2 ? code[..2] : code;

    private static string Base(string code) => code.Length >= 3 ? code[..3] : code + "0";

    private static bool Agrees(GoldEvent g, Event s, string measure) => measure switch
    {
        "triple" => ActorRoot(g.SourceCode) == ActorRoot(s.Source.Code) && ActorRoot(g.TargetCode) == ActorRoot(s.Target.Code) && Base(g.Code) == Base(s.Code),
        "triple_full" => string.Equals(g.SourceCode, s.Source.Code, StringComparison.OrdinalIgnoreCase)
            && string.Equals(g.TargetCode, s.Target.Code, StringComparison.OrdinalIgnoreCase) && g.Code == s.Code,
        "root_code" => Root(g.Code) == s.RootCode,
        "dyad" => ActorRoot(g.SourceCode) == ActorRoot(s.Source.Code) && ActorRoot(g.TargetCode) == ActorRoot(s.Target.Code),
        "triple_mood" => Agrees(g, s, "triple") && g.Negated == s.Negated && g.Hypothetical == s.Hypothetical,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    private static (int Correct, List<(int Gold, int System)> Pairs) Match(IReadOnlyList<GoldEvent> gold, List<Event> system, string measure)
    {
        var used = new bool[system.Count];
        var pairs = new List<(int, int)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var s = 0; s < system.Count; s++)
            {
                if (!used[s] && gold[g].Sentence.Contains(system[s].Trigger) && Agrees(gold[g], system[s], measure))
                {
                    used[s] = true;
                    pairs.Add((g, s));
                    break;
                }
            }
        }

        return (pairs.Count, pairs);
    }

    private static void ReportTriples(EventGoldArticle article, IReadOnlyList<GoldEvent> gold, List<Event> system, List<(int Gold, int System)> pairs, List<string> errors, Dictionary<string, Score> flags)
    {
        var matchedGold = pairs.Select(p => p.Gold).ToHashSet();
        var matchedSystem = pairs.Select(p => p.System).ToHashSet();
        foreach (var (g, s) in pairs)
        {
            var expected = gold[g];
            var found = system[s];
            flags["negated"] += new Score(expected.Negated == found.Negated ? 1 : 0, 1, 1);
            flags["hypothetical"] += new Score(expected.Hypothetical == found.Hypothetical ? 1 : 0, 1, 1);
            var reporter = found.ReportedBy is { } r ? ActorRoot(r.Code) : null;
            var goldReporter = expected.ReportedBy is { } gr ? ActorRoot(gr) : null;
            flags["reported_by"] += new Score(reporter == goldReporter ? 1 : 0, 1, 1);
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (!matchedGold.Contains(g))
            {
                var e = gold[g];
                errors.Add($"missed    {article.Id}: {e.SourceCode} -{e.Code}-> {e.TargetCode} | {e.Trigger} | {e.SourceText} → {e.TargetText}{Mood(e.Negated, e.Hypothetical)}");
            }
        }

        for (var s = 0; s < system.Count; s++)
        {
            if (!matchedSystem.Contains(s))
            {
                var e = system[s];
                errors.Add($"spurious  {article.Id}: {e.Source.Code} -{e.Code}-> {e.Target.Code} | {e.Trigger.Of(article.Text)} | {e.Source.Span.Of(article.Text)} → {e.Target.Span.Of(article.Text)}{Mood(e.Negated, e.Hypothetical)} | {e.Rule}");
            }
        }
    }

    private static string Mood(bool negated, bool hypothetical)
        => (negated ? " [negated]" : string.Empty) + (hypothetical ? " [hypothetical]" : string.Empty);
}

/// <summary>The figures of <see cref="EventEvaluator"/>.</summary>
public sealed record EventScores(
    int Articles,
    int Sentences,
    IReadOnlyDictionary<string, Score> Measures,
    IReadOnlyDictionary<string, Score> ByRoot,
    IReadOnlyDictionary<string, Score> Flags,
    IReadOnlyList<string> Errors);
