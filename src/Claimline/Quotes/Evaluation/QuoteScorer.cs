using System.Globalization;
using Claimline.Entities.Coreference;
using Claimline.Evaluation;
using Claimline.Model;

namespace Claimline.Quotes.Evaluation;

/// <summary>A missed gold attribution or a spurious system quote, for the error listing.</summary>
public sealed record QuoteError(string Kind, string Article, string Content, string? Cue, string? Source);

/// <summary>
/// Scores quotes against gold attributions. Content: a system quote and a gold attribution match when their content
/// spans overlap (one to one, the largest overlap first in text order); exact when, in addition, their extents are
/// equal after trimming white space, punctuation, quotation marks and a leading <c>that</c> on both. Cue: cue spans
/// overlap, over all cues. Source: over the content matches, the speaker mention overlaps the gold source; counted
/// against all system quotes with a speaker and all gold attributions with a source. Resolved: over the content
/// matches whose gold source is a pronoun, the resolved name ends with the same word as the name that heads the last
/// non-pronoun gold source before it whose given name does not contradict the pronoun's gender (PolNeAR has no
/// coreference; this is our proxy for it).
/// </summary>
public sealed class QuoteScorer
{
    private static readonly HashSet<string> s_pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "we", "i", "it", "you", "his", "her", "their" };

    public Score ContentOverlap { get; private set; }

    public Score ContentExact { get; private set; }

    public Score Cue { get; private set; }

    public Score Source { get; private set; }

    public Score Resolved { get; private set; }

    /// <summary>As <see cref="Resolved"/>, for gold sources that are a role noun (<c>the senator</c>, <c>the former secretary of state</c>).</summary>
    public Score ResolvedRoles { get; private set; }

    /// <summary>Over gold quotes that give a kind (our own gold): the matched system quote has that kind.</summary>
    public Score Kind { get; private set; }

    /// <summary>
    /// Over gold quotes that name their speaker (our own gold): the matched system quote's speaker — its referent's
    /// canonical name, else the resolved mention, else the mention — contains the last word of every name the gold
    /// joins with <c>and</c> (<c>Ana Kovac and Thomas Reyes</c> needs Kovac and Reyes).
    /// </summary>
    public Score Speaker { get; private set; }

    /// <summary>Found and matched per system kind (direct, indirect, mixed).</summary>
    public Dictionary<string, (int Found, int Matched)> BySystemKind { get; } = [];

    /// <summary>Found and matched per sieve (finder id), so that precision can be traced to a rule or the model.</summary>
    public Dictionary<string, (int Found, int Matched)> BySieve { get; } = [];

    /// <summary>
    /// Found and matched per sieve and confidence (<c>learned 0.75</c>): the measured precision that each stated
    /// confidence must stay close to.
    /// </summary>
    public Dictionary<string, (int Found, int Matched)> ByConfidence { get; } = [];

    /// <summary>Gold and matched per gold kind, inferred from its quotation marks.</summary>
    public Dictionary<string, (int Gold, int Matched)> ByGoldKind { get; } = [];

    public List<QuoteError> Errors { get; } = [];

    public void Add(string article, string text, IReadOnlyList<GoldAttribution> gold, IReadOnlyList<Quote> system)
    {
        var used = new bool[system.Count];
        var overlap = 0;
        var exact = 0;
        var sourceRight = 0;
        var resolvedRight = 0;
        var resolvedGold = 0;
        var rolesRight = 0;
        var rolesGold = 0;
        var kindRight = 0;
        var speakerRight = 0;
        var matchedSystem = new int[gold.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            var best = -1;
            var bestOverlap = 0;
            for (var s = 0; s < system.Count; s++)
            {
                if (used[s])
                {
                    continue;
                }

                var o = Overlap(gold[g].Content, system[s].Content);
                if (o > bestOverlap)
                {
                    best = s;
                    bestOverlap = o;
                }
            }

            matchedSystem[g] = best;
            var goldKind = GoldKind(text, gold[g].Content);
            var byGold = ByGoldKind.GetValueOrDefault(goldKind);
            ByGoldKind[goldKind] = (byGold.Gold + 1, byGold.Matched + (best >= 0 ? 1 : 0));
            if (best < 0)
            {
                Errors.Add(new QuoteError("missed", article, Join(text, gold[g].Content)!, Join(text, gold[g].Cue), Join(text, gold[g].Source)));
                continue;
            }

            used[best] = true;
            overlap++;
            var q = system[best];
            if (Trimmed(text, gold[g].Content) == Trimmed(text, q.Content))
            {
                exact++;
            }

            if (gold[g].Source.Count > 0 && q.Speaker is { } speaker && gold[g].Source.Any(s => s.Overlaps(speaker)))
            {
                sourceRight++;
            }

            if (gold[g].Kind is { } goldKindValue && q.Kind == goldKindValue)
            {
                kindRight++;
            }

            if (gold[g].Speaker is { } name && SameSpeaker(name, q.SpeakerCanonical ?? q.ResolvedText ?? q.SpeakerText))
            {
                speakerRight++;
            }

            var goldSource = Join(text, gold[g].Source);
            if (goldSource is not null && IsRoleNoun(goldSource))
            {
                // `the senator`: the name heading the last earlier gold source that is a name, our proxy for whom it means.
                var named = gold.Take(g).Reverse().Select(a => Join(text, a.Source))
                    .FirstOrDefault(t => t is not null && !s_pronouns.Contains(t) && char.IsUpper(t[0]) && !IsRoleNoun(t));
                if (named is not null)
                {
                    rolesGold++;
                    if ((q.SpeakerCanonical ?? q.ResolvedText) is { } r && LastWord(r) == LastWord(NameHead(named)))
                    {
                        rolesRight++;
                    }
                }
            }

            if (goldSource is not null && s_pronouns.Contains(goldSource))
            {
                var antecedent = gold.Take(g).Reverse().Select(a => Join(text, a.Source))
                    .FirstOrDefault(t => t is not null && !s_pronouns.Contains(t) && char.IsUpper(t[0]) && GenderAgrees(goldSource, NameHead(t)));
                if (antecedent is not null)
                {
                    resolvedGold++;
                    if (q.ResolvedText is { } r && LastWord(r) == LastWord(NameHead(antecedent)))
                    {
                        resolvedRight++;
                    }
                }
            }
        }

        for (var s = 0; s < system.Count; s++)
        {
            var kind = system[s].Kind.ToString().ToLowerInvariant();
            var bySystem = BySystemKind.GetValueOrDefault(kind);
            BySystemKind[kind] = (bySystem.Found + 1, bySystem.Matched + (used[s] ? 1 : 0));
            var bySieve = BySieve.GetValueOrDefault(system[s].Sieve);
            BySieve[system[s].Sieve] = (bySieve.Found + 1, bySieve.Matched + (used[s] ? 1 : 0));
            var band = string.Create(CultureInfo.InvariantCulture, $"{system[s].Sieve} {system[s].Confidence:0.00}");
            var byConfidence = ByConfidence.GetValueOrDefault(band);
            ByConfidence[band] = (byConfidence.Found + 1, byConfidence.Matched + (used[s] ? 1 : 0));
            if (!used[s])
            {
                Errors.Add(new QuoteError("spurious", article, Join(text, system[s].Content)!, system[s].Cue?.Of(text), system[s].SpeakerText));
            }
        }

        ContentOverlap += new Score(overlap, system.Count, gold.Count);
        ContentExact += new Score(exact, system.Count, gold.Count);
        Source += new Score(sourceRight, system.Count(q => q.Speaker is not null), gold.Count(a => a.Source.Count > 0));
        Resolved += new Score(resolvedRight, resolvedGold, resolvedGold);
        ResolvedRoles += new Score(rolesRight, rolesGold, rolesGold);
        var kinds = gold.Count(a => a.Kind is not null);
        if (kinds > 0)
        {
            Kind += new Score(kindRight, system.Count, kinds);
        }

        var speakers = gold.Count(a => a.Speaker is not null);
        if (speakers > 0)
        {
            Speaker += new Score(speakerRight, system.Count(q => q.Speaker is not null), speakers);
        }

        var goldCues = gold.SelectMany(a => a.Cue.Count > 0 ? [new TextSpan(a.Cue.Min(c => c.Start), a.Cue.Max(c => c.End))] : Array.Empty<TextSpan>()).Distinct().ToList();
        var systemCues = system.Where(q => q.Cue is not null).Select(q => q.Cue!.Value).Distinct().ToList();
        var cueUsed = new bool[systemCues.Count];
        var cueRight = 0;
        foreach (var g in goldCues)
        {
            var s = systemCues.FindIndex(c => c.Overlaps(g));
            while (s >= 0 && cueUsed[s])
            {
                var next = systemCues.FindIndex(s + 1, c => c.Overlaps(g));
                s = next;
            }

            if (s >= 0)
            {
                cueUsed[s] = true;
                cueRight++;
            }
        }

        Cue += new Score(cueRight, systemCues.Count, goldCues.Count);
    }

    private static bool SameSpeaker(string gold, string? system)
    {
        if (system is null)
        {
            return false;
        }

        var words = system.Split([' ', ',', '’', '\''], StringSplitOptions.RemoveEmptyEntries);
        return gold.Split(" and ", StringSplitOptions.RemoveEmptyEntries)
            .All(name => words.Contains(LastWord(name), StringComparer.OrdinalIgnoreCase));
    }

    private static int Overlap(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b)
    {
        var total = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                total += Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start));
            }
        }

        return total;
    }

    private static string GoldKind(string text, IReadOnlyList<TextSpan> content)
    {
        var joined = Join(text, content) ?? "";
        var marks = joined.Count(ch => ch is '“' or '”' or '"');
        var trimmed = joined.Trim().TrimEnd('.', ',');
        return marks == 0 ? "indirect" : trimmed.Length > 1 && trimmed[0] is '“' or '"' && trimmed[^1] is '”' or '"' ? "direct" : "mixed";
    }

    /// <summary>The content's extent, trimmed of white space, punctuation, quotation marks and a leading <c>that</c>.</summary>
    internal static string Trimmed(string text, IReadOnlyList<TextSpan> spans)
    {
        var start = spans.Min(s => s.Start);
        var end = Math.Min(text.Length, spans.Max(s => s.End));
        var span = text.AsSpan(start, end - start);
        while (true)
        {
            var before = span.Length;
            span = span.Trim().Trim(".,;:!?“”‘’\"'—–-()");
            if (span.StartsWith("that ", StringComparison.OrdinalIgnoreCase))
            {
                span = span[5..];
            }

            if (span.Length == before)
            {
                return span.ToString();
            }
        }
    }

    private static string? Join(string text, IReadOnlyList<TextSpan> spans)
        => spans.Count == 0 ? null : string.Join(" … ", spans.Select(s => text[Math.Min(s.Start, text.Length)..Math.Min(s.End, text.Length)]));

    /// <summary>
    /// Whether a name can be the antecedent of <paramref name="pronoun"/>: <c>she</c> does not name someone whose given
    /// name is a man's (the proxy would otherwise count a gender-blind answer right).
    /// </summary>
    internal static bool GenderAgrees(string pronoun, string name)
    {
        var wanted = pronoun.ToLowerInvariant() switch
        {
            "he" or "his" => Gender.Male,
            "she" or "her" => Gender.Female,
            _ => Gender.Unknown,
        };
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var given = Gender.Unknown;
        foreach (var word in words.Length > 1 ? words[..^1] : [])
        {
            // The first word that is a known given name (titles and roles come before it: `Sen. Ana Kovac`), or an
            // honorific that says it (`Mr. Reyes`, `Ms. Kovac`).
            given = word.TrimEnd('.') switch
            {
                "Mr" => Gender.Male,
                "Mrs" or "Ms" or "Miss" => Gender.Female,
                _ => CoreferenceLexicon.English.GivenName(word),
            };
            if (given != Gender.Unknown)
            {
                break;
            }
        }

        return wanted == Gender.Unknown || given == Gender.Unknown || given == wanted;
    }

    /// <summary>A source that names someone by office: <c>the</c> and a head noun the lexicon calls a role (<c>the senator</c>).</summary>
    internal static bool IsRoleNoun(string source)
        => source.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !source.Contains(',', StringComparison.Ordinal)
            && QuoteLexicon.English.SpeakerNouns.TryGetValue(LastWord(source).ToLowerInvariant(), out var kind) && kind == SpeakerKind.Role;

    /// <summary>
    /// A gold source without what follows its name: an apposition or a relative clause after a comma
    /// (<c>Reyes, a union leader,</c>), a bracket (<c>Sen. Ana Kovac (D-Ore.)</c>), a possessive <c>'s</c>.
    /// </summary>
    internal static string NameHead(string source)
    {
        var end = source.IndexOfAny([',', '(']);
        var head = (end > 0 ? source[..end] : source).TrimEnd();
        foreach (var possessive in (string[])["'s", "’s"])
        {
            if (head.EndsWith(possessive, StringComparison.Ordinal))
            {
                head = head[..^possessive.Length];
            }
        }

        return head;
    }

    private static string LastWord(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim('.', ',') ?? "";
}
