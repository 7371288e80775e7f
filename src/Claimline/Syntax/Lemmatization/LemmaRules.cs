using Claimline.Resources;

namespace Claimline.Syntax.Lemmatization;

/// <summary>
/// Suffix rewrites per UPOS tag, in the order the file lists them (<see cref="Lemmatizer"/> tries them in that
/// order): a table with the columns <c>upos</c>, <c>suffix</c>, <c>replacement</c> and <c>min_stem</c> (the fewest
/// characters that must stay before the suffix, so <c>is</c> is not read as a plural).
/// </summary>
public sealed class LemmaRules
{
    private readonly LemmaRule[][] _rules;

    public LemmaRules(IEnumerable<(Upos Tag, LemmaRule Rule)> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var byTag = new List<LemmaRule>[UposNames.Count + 1];
        for (var t = 0; t < byTag.Length; t++)
        {
            byTag[t] = [];
        }

        foreach (var (tag, rule) in rules)
        {
            byTag[(int)tag].Add(rule);
        }

        _rules = [.. byTag.Select(list => list.ToArray())];
    }

    public ReadOnlySpan<LemmaRule> For(Upos tag) => _rules[(int)tag];

    public static LemmaRules Load(string path)
    {
        var rules = new List<(Upos, LemmaRule)>();
        foreach (var (line, fields) in ResourceFile.ReadTable(path, "upos", "suffix", "replacement", "min_stem"))
        {
            var tag = UposNames.Parse(fields[0]);
            if (tag == Upos.None)
            {
                throw new ResourceException(path, line, $"unknown UPOS tag '{fields[0]}'");
            }

            if (fields[1].Length == 0 || !int.TryParse(fields[3], System.Globalization.CultureInfo.InvariantCulture, out var minStem) || minStem < 1)
            {
                throw new ResourceException(path, line, "a rule needs a suffix and a min_stem of at least 1");
            }

            rules.Add((tag, new LemmaRule(fields[1], fields[2], minStem)));
        }

        return new LemmaRules(rules);
    }
}

/// <summary>Replace <paramref name="Suffix"/> by <paramref name="Replacement"/> when at least <paramref name="MinStem"/> characters stay before it.</summary>
public sealed record LemmaRule(string Suffix, string Replacement, int MinStem);
