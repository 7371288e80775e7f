using System.Globalization;
using Claimline.Resources;

namespace Claimline.Time.Finders;

/// <summary>
/// Reads a rule file (format in docs/writing-rules.md): blocks that start with <c>rule ID</c>, then <c>match</c>,
/// <c>type</c>, <c>value</c>, optional <c>mod</c>, and any number of <c>example</c> and <c>counter</c> lines.
/// A <c>dct YYYY-MM-DD</c> line sets the document date the following examples are read against.
/// Errors name the file and line.
/// </summary>
internal static class TimeRuleFile
{
    private static readonly string[] s_types = ["DATE", "TIME", "DURATION", "SET", "REMOVE"];

    /// <summary>Parses the rules. Literals keep their text; the matcher gives them ids once the lexicon knows them.</summary>
    public static List<TimeRule> Parse(string path, TimeClasses classes)
    {
        var rules = new List<TimeRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var dct = new DateOnly(2024, 10, 31);
        Draft? draft = null;
        foreach (var (line, raw) in ResourceFile.ReadLines(path))
        {
            var text = raw.Trim();
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var key = space < 0 ? text : text[..space];
            var rest = space < 0 ? "" : text[(space + 1)..].Trim();
            switch (key)
            {
                case "dct":
                    if (!DateOnly.TryParseExact(rest, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out dct))
                    {
                        throw new ResourceException(path, line, $"dct must be YYYY-MM-DD, found '{rest}'");
                    }

                    break;
                case "rule":
                    if (draft is not null)
                    {
                        rules.Add(draft.Build(path, classes));
                    }

                    if (!ids.Add(rest))
                    {
                        throw new ResourceException(path, line, $"rule '{rest}' is defined twice");
                    }

                    draft = new Draft(rest, line);
                    break;
                case "match" or "type" or "value" or "mod" or "example" or "counter" when draft is null:
                    throw new ResourceException(path, line, $"'{key}' before the first 'rule'");
                case "match":
                    draft!.Match = (line, rest);
                    break;
                case "type":
                    if (!s_types.Contains(rest))
                    {
                        throw new ResourceException(path, line, $"type must be one of {string.Join(", ", s_types)}, found '{rest}'");
                    }

                    draft!.Type = rest;
                    break;
                case "value":
                    draft!.Value = (line, rest);
                    break;
                case "mod":
                    draft!.Mod = rest;
                    break;
                case "example":
                    draft!.Examples.Add(ParseExample(path, line, rest, dct));
                    break;
                case "counter":
                    draft!.Examples.Add(new RuleExample(line, dct, rest, null, null, null));
                    break;
                default:
                    throw new ResourceException(path, line, $"unknown keyword '{key}' (rule, match, type, value, mod, example, counter, dct)");
            }
        }

        if (draft is not null)
        {
            rules.Add(draft.Build(path, classes));
        }

        return rules;
    }

    /// <summary><c>SENTENCE =&gt; SPAN = VALUE [MOD]</c>.</summary>
    private static RuleExample ParseExample(string path, int line, string text, DateOnly dct)
    {
        var arrow = text.LastIndexOf(" => ", StringComparison.Ordinal);
        var equals = text.LastIndexOf(" = ", StringComparison.Ordinal);
        if (arrow < 0 || equals < arrow)
        {
            throw new ResourceException(path, line, "example must read 'SENTENCE => SPAN = VALUE [MOD]'");
        }

        var value = text[(equals + 3)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (value.Length is < 1 or > 2)
        {
            throw new ResourceException(path, line, "example must read 'SENTENCE => SPAN = VALUE [MOD]'");
        }

        return new RuleExample(line, dct, text[..arrow].Trim(), text[(arrow + 4)..equals].Trim(), value[0], value.Length == 2 ? value[1] : null);
    }

    private sealed class Draft(string id, int line)
    {
        public (int Line, string Text)? Match { get; set; }

        public string? Type { get; set; }

        public (int Line, string Text)? Value { get; set; }

        public string? Mod { get; set; }

        public List<RuleExample> Examples { get; } = [];

        public TimeRule Build(string path, TimeClasses classes)
        {
            if (Match is null || Type is null || (Value is null && Type != "REMOVE"))
            {
                throw new ResourceException(path, line, $"rule '{id}' needs match, type and value");
            }

            var names = new List<string>();
            var elements = new List<PatternElement>();
            int spanStart = 0, spanEnd = -1;
            var matchLine = Match.Value.Line;
            foreach (var word in Match.Value.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word == "[")
                {
                    spanStart = elements.Count;
                    continue;
                }

                if (word == "]")
                {
                    spanEnd = elements.Count;
                    continue;
                }

                elements.Add(ParseElement(path, matchLine, word, classes, names));
            }

            spanEnd = spanEnd < 0 ? elements.Count : spanEnd;
            if (spanEnd <= spanStart || elements.All(e => e.Optional || e.Negative))
            {
                throw new ResourceException(path, matchLine, $"rule '{id}' matches nothing: it needs a required element inside its span");
            }

            var captureNames = names.ToArray();
            var value = Value is { } v
                ? ValueTemplate.Parse(v.Text, captureNames, message => new ResourceException(path, v.Line, message))
                : ValueTemplate.Parse("", captureNames, message => new ResourceException(path, line, message));
            return new TimeRule(id, line, [.. elements], spanStart, spanEnd, Type, value, Mod, captureNames, Examples);
        }

        private static PatternElement ParseElement(string path, int line, string word, TimeClasses classes, List<string> names)
        {
            var negative = word.Length > 1 && word[0] == '!';
            var optional = word.Length > 1 && word[^1] == '?';
            var body = word[(negative ? 1 : 0)..(optional ? word.Length - 1 : word.Length)];
            var atoms = new List<PatternAtom>();
            var elementNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alternative in body.Split('|'))
            {
                if (alternative.Length > 2 && alternative[0] == '{' && alternative[^1] == '}')
                {
                    var inner = alternative[1..^1];
                    var colon = inner.IndexOf(':', StringComparison.Ordinal);
                    var className = colon < 0 ? inner : inner[..colon];
                    var name = colon < 0 ? inner : inner[(colon + 1)..];
                    var slot = -1;
                    if (!negative)
                    {
                        if (!elementNames.Contains(name) && names.Contains(name))
                        {
                            throw new ResourceException(path, line, $"'{{{name}}}' is captured twice; name one of them ({{{className}:other}})");
                        }

                        elementNames.Add(name);
                        slot = names.IndexOf(name);
                        if (slot < 0)
                        {
                            slot = names.Count;
                            names.Add(name);
                        }
                    }

                    if (className == "int")
                    {
                        atoms.Add(new PatternAtom(AtomKind.Int, -1, slot, alternative));
                    }
                    else
                    {
                        var id = classes.Find(className) ?? throw new ResourceException(path, line, $"unknown class '{{{className}}}'");
                        atoms.Add(new PatternAtom(AtomKind.Class, id, slot, alternative));
                    }
                }
                else if (alternative.Length > 0)
                {
                    atoms.Add(new PatternAtom(AtomKind.Literal, -1, -1, alternative));
                }
                else
                {
                    throw new ResourceException(path, line, $"empty alternative in '{word}'");
                }
            }

            return new PatternElement([.. atoms], optional, negative);
        }
    }
}
