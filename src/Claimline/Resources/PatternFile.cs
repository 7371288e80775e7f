using System.Text.RegularExpressions;

namespace Claimline.Resources;

/// <summary>
/// A list of regular expressions kept as data, one per line, with <c>{name}</c> placeholders that expand to an
/// alternation of a word list (longest first, escaped). Compiled with <see cref="RegexOptions.NonBacktracking"/>:
/// they run over untrusted text, so they must finish in linear time.
/// </summary>
public static class PatternFile
{
    public static IReadOnlyList<Regex> Load(string path, IReadOnlyDictionary<string, IReadOnlyList<string>>? placeholders = null)
    {
        var patterns = new List<Regex>();
        foreach (var (line, text) in ResourceFile.ReadLines(path))
        {
            var pattern = Expand(path, line, text.Trim(), placeholders);
            try
            {
                patterns.Add(new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                throw new ResourceException(path, line, $"pattern does not compile: {e.Message}");
            }
        }

        return patterns;
    }

    private static string Expand(string path, int line, string pattern, IReadOnlyDictionary<string, IReadOnlyList<string>>? placeholders)
    {
        var result = new System.Text.StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            // {name} with a letter after the brace is a placeholder; {3,} and the like are regex quantifiers.
            if (pattern[i] == '{' && i + 1 < pattern.Length && char.IsLetter(pattern[i + 1]))
            {
                var close = pattern.IndexOf('}', i);
                if (close < 0)
                {
                    throw new ResourceException(path, line, "unclosed '{' placeholder");
                }

                var name = pattern[(i + 1)..close];
                if (placeholders is null || !placeholders.TryGetValue(name, out var words))
                {
                    throw new ResourceException(path, line, $"unknown placeholder '{{{name}}}'");
                }

                result.AppendJoin('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));
                i = close + 1;
                continue;
            }

            result.Append(pattern[i]);
            i++;
        }

        return result.ToString();
    }
}
