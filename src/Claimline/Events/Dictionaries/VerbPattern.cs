
namespace Claimline.Events.Dictionaries;

/// <summary>
/// One pattern of a verb block: <c>- [nouns before] * [nouns after] [(PREP NOUN) …] [CODE]</c>. Every element must be
/// found among the verb's phrases for the pattern to apply; the code is for the source acting on the target, and a
/// second code after a colon (<c>[042:043]</c>) for the target acting back on the source.
/// </summary>
/// <param name="Before">Noun elements that must head a phrase before the verb (its subject).</param>
/// <param name="After">Noun elements that must head one of the verb's objects.</param>
/// <param name="Prepositions">Prepositional phrases the verb (or its object) must carry.</param>
/// <param name="Code">The code source → target; <see cref="VerbEntry.NoEvent"/> for none; null when only <paramref name="Reverse"/> codes.</param>
/// <param name="Reverse">The code target → source, or null.</param>
/// <param name="Text">The pattern as written, for the event's rule.</param>
public sealed record VerbPattern(
    IReadOnlyList<NounElement> Before,
    IReadOnlyList<NounElement> After,
    IReadOnlyList<PrepositionElement> Prepositions,
    string? Code,
    string? Reverse,
    string Text)
{
    /// <summary>How much the pattern asks for: a more specific matching pattern wins over a general one.</summary>
    public int Specificity { get; } = Before.Sum(e => e.Weight) + After.Sum(e => e.Weight) + Prepositions.Sum(p => 1 + (p.Object?.Weight ?? 0));

    /// <summary>Reads a pattern line; null when it names a synonym set that is not defined (PETRARCH ignores those too).</summary>
    internal static VerbPattern? Read(string line, IReadOnlyDictionary<string, List<string[]>> synsets)
    {
        var codes = BracketCodes.All(line);
        if (codes.Count == 0)
        {
            return null;
        }

        var last = codes[^1];
        var body = line[1..last.Index].Trim();
        var (code, reverse) = SplitCode(last.Content);
        var star = body.IndexOf('*', StringComparison.Ordinal);
        var before = star >= 0 ? body[..star] : string.Empty;
        var after = star >= 0 ? body[(star + 1)..] : body;
        var beforeNouns = new List<NounElement>();
        var afterNouns = new List<NounElement>();
        var prepositions = new List<PrepositionElement>();
        if (!ReadElements(before, synsets, beforeNouns, prepositions) || !ReadElements(after, synsets, afterNouns, prepositions))
        {
            return null;
        }

        return new VerbPattern(beforeNouns, afterNouns, prepositions, code, reverse, line.TrimStart('-', ' ').Trim());
    }

    internal static (string? Code, string? Reverse) SplitCode(string value)
    {
        value = value.Trim();
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return (value.Length == 0 ? VerbEntry.NoEvent : value, null);
        }

        var forward = value[..colon].Trim();
        var back = value[(colon + 1)..].Trim();
        return (forward.Length == 0 ? null : forward, back.Length == 0 ? null : back);
    }

    /// <summary>Reads <c>WORD {A B} (PREP {C D}) &amp;SET</c>; false when a synonym set is undefined.</summary>
    private static bool ReadElements(string text, IReadOnlyDictionary<string, List<string[]>> synsets, List<NounElement> nouns, List<PrepositionElement> prepositions)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '$' or '+' or '%' or '^')
            {
                // $ and + mark source and target in older patterns; % and ^ are TABARI's compound and skip marks.
                i++;
                continue;
            }

            if (c == '(')
            {
                var close = text.IndexOf(')', i);
                close = close < 0 ? text.Length : close;
                var inner = text[(i + 1)..close].Trim();
                i = close + 1;
                var space = inner.IndexOf(' ', StringComparison.Ordinal);
                var preposition = (space < 0 ? inner : inner[..space]).Trim();
                NounElement? obj = null;
                if (space >= 0)
                {
                    var rest = inner[(space + 1)..].Trim();
                    if (rest.Length > 0)
                    {
                        obj = Noun(rest.Trim('{', '}'), synsets);
                        if (obj is null)
                        {
                            return false;
                        }
                    }
                }

                if (preposition.Length > 0)
                {
                    prepositions.Add(new PrepositionElement(preposition.Replace('_', ' '), obj));
                }

                continue;
            }

            if (c == '{')
            {
                var close = text.IndexOf('}', i);
                close = close < 0 ? text.Length : close;
                var noun = Noun(text[(i + 1)..close], synsets);
                i = close + 1;
                if (noun is null)
                {
                    return false;
                }

                nouns.Add(noun);
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not '(' and not '{')
            {
                end++;
            }

            var word = Noun(text[i..end], synsets);
            i = end;
            if (word is null)
            {
                return false;
            }

            nouns.Add(word);
        }

        return true;
    }

    /// <summary>
    /// A noun element from <c>FINANCIAL AID</c>, <c>ARMS_SHIPMENT</c> or <c>&amp;WEAPON</c>: its alternatives, each a head
    /// (the last word) and the words that must stand in its phrase.
    /// </summary>
    private static NounElement? Noun(string text, IReadOnlyDictionary<string, List<string[]>> synsets)
    {
        var words = text.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        // Each word may itself be a synonym set; the alternatives of the element are the sets' phrases at the head.
        var modifiers = new List<string[]>();
        for (var k = 0; k < words.Length - 1; k++)
        {
            if (words[k].StartsWith('&'))
            {
                if (Synset(words[k], synsets) is not { } set)
                {
                    return null;
                }

                // A set as a modifier: any one of its (last) words will do.
                modifiers.Add([.. set.Select(p => p[^1])]);
            }
            else
            {
                modifiers.Add([words[k]]);
            }
        }

        var head = words[^1];
        if (head.StartsWith('&'))
        {
            if (Synset(head, synsets) is not { } set)
            {
                return null;
            }

            var alternatives = set.Select(p => new NounAlternative(p[^1], [.. modifiers, .. p[..^1].Select(w => new[] { w })])).ToArray();
            return new NounElement(alternatives);
        }

        return new NounElement([new NounAlternative(head, [.. modifiers])]);
    }

    private static List<string[]>? Synset(string label, IReadOnlyDictionary<string, List<string[]>> synsets)
        => synsets.TryGetValue(label, out var set) || synsets.TryGetValue(label + "_", out set) || synsets.TryGetValue(label.TrimEnd('_'), out set)
            ? set
            : null;
}

/// <summary>A noun a pattern asks for: any one of its alternatives.</summary>
public sealed record NounElement(IReadOnlyList<NounAlternative> Alternatives)
{
    /// <summary>One for the head, one per required modifier of the most demanding alternative.</summary>
    public int Weight { get; } = 1 + Alternatives.Max(a => a.Modifiers.Length);
}

/// <summary>A head word and the words that must stand in the head's phrase, each given as its alternatives (a synonym set: any one will do).</summary>
public sealed record NounAlternative(string Head, string[][] Modifiers);

/// <summary>A prepositional phrase a pattern asks for; a null object accepts any.</summary>
public sealed record PrepositionElement(string Preposition, NounElement? Object);
