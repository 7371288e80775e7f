using Claimline.Model;
using Claimline.Resources;

namespace Claimline.Time.Refiners;

/// <summary>
/// Widens an expression over the modifier words around it (<c>Resources/en/modifiers.tsv</c>) and sets its mod:
/// <c>almost</c> + <c>a year</c> → <c>almost a year</c>, P1Y, LESS_THAN. The longest phrase wins; an expression keeps
/// a mod its rule already set; a modifier never reaches into the expression before.
/// </summary>
internal sealed class ModifierRefiner
{
    private const string ModifiersFile = "Time/Resources/en/modifiers.tsv";

    private readonly Modifier[] _before;
    private readonly Modifier[] _after;

    private ModifierRefiner(Modifier[] before, Modifier[] after)
    {
        _before = before;
        _after = after;
    }

    public static ModifierRefiner Load()
    {
        var before = new List<Modifier>();
        var after = new List<Modifier>();
        foreach (var (line, f) in ResourceFile.ReadTable(ModifiersFile, "phrase", "position", "mod", "types", "the"))
        {
            var modifier = new Modifier(f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), f[2], f[3].Split(','), f[4] == "yes");
            switch (f[1])
            {
                case "before":
                    before.Add(modifier);
                    break;
                case "after":
                    after.Add(modifier);
                    break;
                default:
                    throw new ResourceException(ModifiersFile, line, $"position must be 'before' or 'after', found '{f[1]}'");
            }
        }

        return new ModifierRefiner([.. before.OrderByDescending(m => m.Words.Length)], [.. after.OrderByDescending(m => m.Words.Length)]);
    }

    public void Refine(string text, List<TimeToken> tokens, (int Start, int End) sentence, List<TimexCandidate> candidates)
    {
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            var floor = k > 0 && candidates[k - 1].TokenEnd > sentence.Start ? Math.Max(sentence.Start, candidates[k - 1].TokenEnd) : sentence.Start;
            var ceiling = k + 1 < candidates.Count ? Math.Min(sentence.End, candidates[k + 1].TokenStart) : sentence.End;
            if (c.TokenStart < sentence.Start || c.TokenEnd > sentence.End)
            {
                continue;
            }

            foreach (var m in _before)
            {
                var start = c.TokenStart - m.Words.Length;
                if (start >= floor && m.AppliesTo(c.Type) && Matches(text, tokens, start, m.Words))
                {
                    if (m.TakesThe && start - 1 >= floor && IsWord(text, tokens[start - 1], "the"))
                    {
                        start--;
                    }

                    c = c with { TokenStart = start, Span = new TextSpan(tokens[start].Start, c.Span.End), Mod = c.Mod ?? m.Mod };
                    break;
                }
            }

            foreach (var m in _after)
            {
                var end = c.TokenEnd + m.Words.Length;
                if (end <= ceiling && m.AppliesTo(c.Type) && Matches(text, tokens, c.TokenEnd, m.Words))
                {
                    c = c with { TokenEnd = end, Span = new TextSpan(c.Span.Start, tokens[end - 1].End), Mod = c.Mod ?? m.Mod };
                    break;
                }
            }

            candidates[k] = c;
        }
    }

    private static bool Matches(string text, List<TimeToken> tokens, int start, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!IsWord(text, tokens[start + i], words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWord(string text, TimeToken token, string word)
        => text.AsSpan(token.Start, token.End - token.Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    private sealed record Modifier(string[] Words, string Mod, string[] Types, bool TakesThe)
    {
        public bool AppliesTo(string type) => Types.Contains(type);
    }
}
