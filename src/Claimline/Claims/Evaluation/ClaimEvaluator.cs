using Claimline.Evaluation;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Quantities;

namespace Claimline.Claims.Evaluation;

/// <summary>
/// Scores the claims stage against gold articles (docs/claims.md): each article is analyzed by the standard pipeline,
/// each gold claim is matched to the first unmatched claim whose evidence overlaps its evidence and whose value agrees,
/// then the fields of matched pairs are compared one by one.
/// </summary>
public static class ClaimEvaluator
{
    /// <summary>The fields scored, in the order they are printed.</summary>
    public static readonly IReadOnlyList<string> FieldNames = ["holder", "via", "quantity", "location", "qualifier", "as_of"];

    public static ClaimScores Evaluate(IReadOnlyList<GoldArticle> articles, AnnotationPipeline? pipeline = null)
    {
        pipeline ??= StandardPipeline.Create();
        var lexicon = ClaimLexicon.English;
        var detection = default(Score);
        var required = default(Score);
        var (onNonClaims, nonClaimsListed) = (0, 0);
        var fields = FieldNames.ToDictionary(f => f, _ => default(Score));
        var errors = new List<string>();
        foreach (var article in articles)
        {
            var document = pipeline.Run(new Document(article.Text, new DocumentMeta(article.Id, Source: article.Source, Published: article.Date)));
            var claims = document.Get(Layers.Claims);
            var quantities = document.Get(Layers.Quantities);
            var used = new bool[claims.Count];
            var matched = 0;
            var requiredMatched = 0;
            foreach (var gold in article.Claims)
            {
                var at = article.Text.IndexOf(gold.Evidence, StringComparison.Ordinal);
                var evidence = new TextSpan(at, at + gold.Evidence.Length);
                var index = -1;
                for (var i = 0; i < claims.Count && index < 0; i++)
                {
                    if (!used[i] && claims[i].Span.Overlaps(evidence) && ValueAgrees(gold, quantities[claims[i].Quantity]))
                    {
                        index = i;
                    }
                }

                if (index < 0)
                {
                    errors.Add($"missed    {article.Id}: {gold.Holder} {Figure(gold)} | {gold.Evidence}");
                    continue;
                }

                used[index] = true;
                matched++;
                requiredMatched += gold.Required ? 1 : 0;
                var claim = claims[index];
                var quantity = quantities[claim.Quantity];
                foreach (var field in FieldNames)
                {
                    var (expected, actual) = Field(field, gold, claim, quantity);
                    if (field == "via" && expected is null)
                    {
                        continue;
                    }

                    if (string.Equals(Normalize(expected), Normalize(actual), StringComparison.OrdinalIgnoreCase)
                        || (field == "location" && string.Equals(Normalize(expected), Normalize(quantity.Location?.Name), StringComparison.OrdinalIgnoreCase))
                        || (field == "location" && string.Equals(WithoutThe(expected), WithoutThe(actual), StringComparison.OrdinalIgnoreCase))
                        || (field == "quantity" && expected is not null && SameThing(expected, claim.Concept.Thing, lexicon))
                        || (field == "holder" && NamesHolder(document, claim.Holder.Key, expected))
                        || (field == "holder" && NamesJointHolder(document, claim.Holder, expected)))
                    {
                        fields[field] += new Score(1, 0, 0);
                    }
                    else
                    {
                        errors.Add($"wrong {field,-9} {article.Id}: expected '{expected}', found '{actual}' | {gold.Evidence}");
                    }
                }
            }

            detection += new Score(matched, claims.Count, article.Claims.Count);
            required += new Score(requiredMatched, claims.Count, article.Claims.Count(c => c.Required));
            foreach (var phrase in article.NonClaims ?? [])
            {
                nonClaimsListed++;
                var at = article.Text.IndexOf(phrase, StringComparison.Ordinal);
                var span = new TextSpan(at, at + phrase.Length);
                if (claims.Any(c => quantities[c.Quantity].Span.Overlaps(span)))
                {
                    onNonClaims++;
                    errors.Add($"non-claim {article.Id}: claimed '{phrase}'");
                }
            }

            foreach (var field in FieldNames)
            {
                var system = field == "via" ? claims.Count(c => c.Via is not null) : claims.Count;
                var gold = field == "via" ? article.Claims.Count(c => c.Via is not null) : article.Claims.Count;
                fields[field] += new Score(0, system, gold);
            }

            for (var i = 0; i < claims.Count; i++)
            {
                if (!used[i])
                {
                    errors.Add($"spurious  {article.Id}: {claims[i].Holder.Name} {quantities[claims[i].Quantity].Span.Of(article.Text)} | {claims[i].Span.Of(article.Text)}");
                }
            }
        }

        return new ClaimScores(articles.Count, detection, fields, errors, required, (onNonClaims, nonClaimsListed));
    }

    /// <summary>
    /// Whether the gold holder is another name the article gives the same referent (<c>UNHCR</c> for the Office of the
    /// United Nations High Commissioner for Refugees): the holder is the entity, however the gold spells it.
    /// </summary>
    private static bool NamesHolder(Document document, string? key, string? expected)
    {
        if (key is null || expected is null || !document.TryGet(Layers.Referents, out var referents))
        {
            return false;
        }

        var referent = referents.FirstOrDefault(r => r.Key == key);
        return referent is not null && referent.Mentions.Any(m => string.Equals(Normalize(m.Of(document.Text)), Normalize(expected), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A joint holder (`United States and United Kingdom and Norway`, no single key) against a gold joint holder
    /// (`United States and Britain and Norway`): the same number of parts, each the same name or another name the
    /// article gives the referent of that canonical name.
    /// </summary>
    private static bool NamesJointHolder(Document document, ClaimHolder holder, string? expected)
    {
        if (holder.Key is not null || expected is null || !document.TryGet(Layers.Referents, out var referents))
        {
            return false;
        }

        var system = holder.Name.Split(" and ", StringSplitOptions.TrimEntries);
        var gold = expected.Split(" and ", StringSplitOptions.TrimEntries);
        if (system.Length < 2 || system.Length != gold.Length)
        {
            return false;
        }

        for (var i = 0; i < system.Length; i++)
        {
            var part = system[i];
            var named = string.Equals(Normalize(part), Normalize(gold[i]), StringComparison.OrdinalIgnoreCase)
                || referents.Any(r => r.Canonical == part && r.Mentions.Any(m => string.Equals(Normalize(m.Of(document.Text)), Normalize(gold[i]), StringComparison.OrdinalIgnoreCase)));
            if (!named)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The qualifier as the gold writes it: a denial of zero is <c>denied</c>.</summary>
    public static string QualifierName(Claim claim, Quantity quantity) => claim.Modality == Modality.Denies && quantity.High == 0 ? "denied" : quantity.Qualifier switch
    {
        Qualifier.Approx => "approx",
        Qualifier.AtLeast => "at_least",
        Qualifier.AtMost => "at_most",
        Qualifier.Range => "range",
        _ => "exact",
    };

    private static bool ValueAgrees(GoldClaim gold, Quantity quantity)
        => gold.Value is { } value ? quantity.Value == value || (quantity.Value is null && quantity.Low == value) : quantity.Low == gold.Low && quantity.High == gold.High;

    private static (string? Expected, string? Actual) Field(string field, GoldClaim gold, Claim claim, Quantity quantity) => field switch
    {
        "holder" => (gold.Holder, claim.Holder.Name),
        "via" => (gold.Via, claim.Via),
        "quantity" => (gold.Quantity, quantity.Counted?.Text),
        "location" => (gold.Location, quantity.Location?.Text),
        "qualifier" => (gold.Qualifier, QualifierName(claim, quantity)),
        _ => (gold.AsOf, claim.Date),
    };

    /// <summary>
    /// Whether the gold's counted phrase names the claim's concept thing: the same head thing and, where the gold says
    /// what happened to the things (`people killed`, `displaced people`), the same state (<c>counted-states.tsv</c>).
    /// </summary>
    private static bool SameThing(string phrase, string thing, ClaimLexicon lexicon)
    {
        var (head, state) = ThingOf(phrase, lexicon);
        if (state is not null)
        {
            return thing == head + " " + state;
        }

        // The gold names no state: the claim's thing without the one it found.
        var space = thing.LastIndexOf(' ');
        return thing == head || (space > 0 && thing[..space] == head && lexicon.CountedStates.Values.Contains(thing[(space + 1)..]));
    }

    /// <summary>
    /// The gold phrase's thing and state: the head is the last word before the first preposition, relative word or
    /// state word (`people killed in the 2024 fires` → people, killed; `displaced people` → people, displaced), singular,
    /// through the synonym table; the state is the first state word in it, or null.
    /// </summary>
    private static (string Thing, string? State) ThingOf(string phrase, ClaimLexicon lexicon)
    {
        var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? state = null;
        var start = 0;
        if (words.Length > 1 && lexicon.CountedStates.TryGetValue(words[0], out var before))
        {
            state = before;
            start = 1;
        }

        var end = words.Length;
        for (var i = start + 1; i < words.Length; i++)
        {
            if (lexicon.CountedStates.TryGetValue(words[i], out var after))
            {
                state ??= after;
                end = Math.Min(end, i);
                break;
            }

            if (end == words.Length && s_phraseBreaks.Contains(words[i]))
            {
                end = i;
            }
        }

        var head = words[end - 1];
        var lemma = Quantities.CountedPhraseFinder.Lemma(head);
        return (lexicon.Things.TryGetValue(lemma, out var thing) ? thing : lemma, state);
    }

    private static readonly HashSet<string> s_phraseBreaks =
        ["of", "in", "on", "at", "from", "to", "by", "for", "with", "without", "under", "into", "across", "aboard", "inside", "who", "that", "which", "a", "per"];

    private static string? Normalize(string? text) => text?.Replace('’', '\'').Trim();

    /// <summary>A place as written without a leading "the": the location's span leaves it out by design (docs/schema.md).</summary>
    private static string? WithoutThe(string? text)
        => Normalize(text) is { } t && t.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? t[4..] : Normalize(text);

    private static string Figure(GoldClaim gold) => gold.Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{gold.Low}-{gold.High}";
}
