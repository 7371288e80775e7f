using Claimline.Resources;

namespace Claimline.Events.Cameo;

/// <summary>
/// The sub-code of an appeal, an intent to cooperate, a demand or a rejection by what it asks for, offers or refuses.
/// The CAMEO codebook repeats one set of categories under the four roots (aid: appeal 023, intent 033, demand 103,
/// reject 122; release of persons: 0253, 0353, 1053, 1243), and PETRARCH's dictionary codes most such verbs only at
/// their root's general code (`demanded the release of` → 100). The categories and their words are data:
/// <c>cameo/request-codes.tsv</c> and <c>en/requested-actions.tsv</c>.
/// </summary>
public sealed class RequestCodes
{
    private static readonly string[] s_roots = ["02", "03", "10", "12"];

    private static readonly Lazy<RequestCodes> s_english = new(() => new RequestCodes(
        ResourceFile.ReadTable("Events/Resources/cameo/request-codes.tsv", "category", "appeal", "intent", "demand", "reject"),
        ResourceFile.ReadTable("Events/Resources/en/requested-actions.tsv", "words", "category")));

    private readonly Dictionary<string, string[]> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _categories = new(StringComparer.OrdinalIgnoreCase);

    private RequestCodes(IReadOnlyList<(int Line, string[] Fields)> codes, IReadOnlyList<(int Line, string[] Fields)> words)
    {
        foreach (var (line, fields) in codes)
        {
            var row = fields[1..].Select(f => f.Trim()).ToArray();
            foreach (var (code, root) in row.Zip(s_roots))
            {
                if (code != "-" && !code.StartsWith(root, StringComparison.Ordinal))
                {
                    throw new ResourceException("Events/Resources/cameo/request-codes.tsv", line, $"'{code}' is not a code under root {root}");
                }
            }

            _codes[fields[0].Trim()] = row;
        }

        foreach (var (line, fields) in words)
        {
            var category = fields[1].Trim();
            if (!_codes.ContainsKey(category))
            {
                throw new ResourceException("Events/Resources/en/requested-actions.tsv", line, $"unknown category '{category}'");
            }

            _categories[fields[0].Trim()] = category;
        }
    }

    /// <summary>The tables shipped with Claimline.</summary>
    public static RequestCodes English => s_english.Value;

    /// <summary>Whether a code lies under one of the four roots whose sub-codes name what is requested.</summary>
    public static bool IsRequestRoot(string code) => code.Length >= 3 && s_roots.Contains(code[..2]);

    /// <summary>The category a word (lemma) or a pair of words (`lift sanctions`) names, or null.</summary>
    public string? CategoryOf(string words) => _categories.GetValueOrDefault(words);

    /// <summary>
    /// The code of <paramref name="code"/>'s root for the category (<c>100</c> with <c>release</c> → <c>1053</c>), or
    /// null when the codebook has none or the code is under no request root.
    /// </summary>
    public string? Refine(string code, string category)
    {
        if (!IsRequestRoot(code) || !_codes.TryGetValue(category, out var row))
        {
            return null;
        }

        var refined = row[Array.IndexOf(s_roots, code[..2])];
        return refined == "-" ? null : refined;
    }
}
