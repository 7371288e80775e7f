using Claimline.Resources;

namespace Claimline.Events.Dictionaries;

/// <summary>
/// Phoenix's agents dictionary (<c>Phoenix.agents.txt</c>, MIT): common nouns that give an actor its role
/// (<c>POLICE_OFFICER [~COP]</c> → police, <c>FOREIGN_!MINIST! [~GOV]</c> → government, <c>PEACEKEEPING_TROOPS [IGO~]</c>
/// → an international body), plus Claimline's own additions in the same format (<c>agents-extra.txt</c>: news nouns
/// the file lacks). <c>!SET!</c> substitution sets are expanded; <c>{…}</c> gives irregular plurals.
/// </summary>
public sealed class AgentDictionary
{
    private static readonly Lazy<AgentDictionary> s_english = new(() => Load("Events/Resources/cameo/Phoenix.agents.txt", "Events/Resources/cameo/agents-extra.txt"));

    private readonly Dictionary<string, Agent> _phrases;

    private AgentDictionary(Dictionary<string, Agent> phrases) => _phrases = phrases;

    /// <summary>The dictionaries shipped with Claimline.</summary>
    public static AgentDictionary English => s_english.Value;

    /// <summary>Phrases known.</summary>
    public int Count => _phrases.Count;

    /// <summary>The agent of a phrase in upper case with single spaces (<c>POLICE OFFICER</c>), or null.</summary>
    public Agent? Lookup(string phrase) => _phrases.GetValueOrDefault(phrase);

    /// <summary>
    /// The agent named by the longest run of <paramref name="words"/> (upper case) that ends at the last word, each word
    /// also tried in its other form (<c>TROOPS</c> / <c>TROOP</c> via <paramref name="lemmas"/>): <c>RIOT POLICE</c>
    /// before <c>POLICE</c>.
    /// </summary>
    public Agent? LongestEndingAt(IReadOnlyList<string> words, IReadOnlyList<string> lemmas)
    {
        for (var start = 0; start < words.Count; start++)
        {
            var body = string.Join(' ', words.Skip(start).Take(words.Count - start - 1));
            foreach (var last in (string[])[words[^1], lemmas[^1]])
            {
                var phrase = body.Length == 0 ? last : body + " " + last;
                if (_phrases.TryGetValue(phrase, out var agent))
                {
                    return agent;
                }
            }
        }

        return null;
    }

    public static AgentDictionary Load(params string[] paths)
    {
        var phrases = new Dictionary<string, Agent>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (line, raw) in ResourceFile.ReadLines(path))
            {
                var hash = raw.IndexOf('#', StringComparison.Ordinal);
                var text = (hash >= 0 ? raw[..hash] : raw).Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (SetDefinition(text) is { } set)
                {
                    sets[set.Name] = set.Members.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    continue;
                }

                var open = text.IndexOf('[', StringComparison.Ordinal);
                var close = text.IndexOf(']', StringComparison.Ordinal);
                if (open < 0 || close < open)
                {
                    continue;
                }

                var code = text[(open + 1)..close].Trim();
                var before = text[..open];
                var plurals = Array.Empty<string>();
                var brace = before.IndexOf('{', StringComparison.Ordinal);
                if (brace >= 0)
                {
                    var end = before.IndexOf('}', brace);
                    plurals = before[(brace + 1)..(end < 0 ? before.Length : end)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    before = before[..brace];
                }

                var agent = code.StartsWith('~') ? new Agent(code[1..], Prefix: false)
                    : code.EndsWith('~') ? new Agent(code[..^1], Prefix: true)
                    : throw new ResourceException(path, line, $"an agent code is written [~CODE] or [CODE~], found [{code}]");
                foreach (var phrase in Expand(before.Trim(), sets).Concat(plurals))
                {
                    phrases.TryAdd(Normalize(phrase), agent);
                }
            }
        }

        return new AgentDictionary(phrases);
    }

    /// <summary>Expands <c>!SET!</c> substitutions (<c>POLICE!PERSON!</c> → POLICEMAN, POLICEWOMAN …).</summary>
    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> sets)
    {
        var open = phrase.IndexOf('!', StringComparison.Ordinal);
        var close = open >= 0 ? phrase.IndexOf('!', open + 1) : -1;
        if (close < 0)
        {
            yield return phrase;
            yield break;
        }

        var name = phrase[(open + 1)..close];
        var members = sets.GetValueOrDefault(name) ?? [];
        foreach (var member in members)
        {
            foreach (var expanded in Expand(phrase[..open] + member + phrase[(close + 1)..], sets))
            {
                yield return expanded;
            }
        }
    }

    internal static string Normalize(string phrase)
        => string.Join(' ', phrase.ToUpperInvariant().Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// A set definition, <c>!NAME! = a, b, c</c> (what <c>^!([A-Z]+)!\s*=\s*(.+)$</c> matches), read without a regex:
    /// building and running one over every line cost start-up time.
    /// </summary>
    internal static (string Name, string Members)? SetDefinition(string text)
    {
        if (text.Length < 4 || text[0] != '!')
        {
            return null;
        }

        var end = 1;
        while (end < text.Length && char.IsAsciiLetterUpper(text[end]))
        {
            end++;
        }

        if (end == 1 || end >= text.Length || text[end] != '!')
        {
            return null;
        }

        var rest = text.AsSpan(end + 1).TrimStart();
        if (rest.Length < 2 || rest[0] != '=')
        {
            return null;
        }

        return (text[1..end], rest[1..].TrimStart().ToString());
    }
}

/// <summary>A role code (<c>GOV</c>, <c>COP</c>) and whether it comes before the country (<c>IGO</c>) rather than after.</summary>
public sealed record Agent(string Code, bool Prefix);
