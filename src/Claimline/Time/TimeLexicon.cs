using System.Collections.Frozen;
using Claimline.Resources;

namespace Claimline.Time;

/// <summary>
/// The words of time expressions (<c>Resources/en/lexicon.tsv</c>): for each word, its classes (month, weekday,
/// unit …) and the normalized form of each. A word listed with a capital letter matches only as written; one in
/// lower case matches in any case. Lookups take spans and do not allocate.
/// </summary>
internal sealed class TimeLexicon
{
    private const string LexiconFile = "Time/Resources/en/lexicon.tsv";

    private readonly FrozenDictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly FrozenDictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> _anyCase;

    private TimeLexicon(TimeClasses classes, Dictionary<string, WordEntry> exact, Dictionary<string, WordEntry> anyCase)
    {
        Classes = classes;
        _exact = exact.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _anyCase = anyCase.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TimeClasses Classes { get; }

    /// <summary>Loads the lexicon; <paramref name="literals"/> are the literal words of the rules, which get an entry (and a literal id) too.</summary>
    public static TimeLexicon Load(TimeClasses classes, IEnumerable<string> literals)
    {
        var exact = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
        var anyCase = new Dictionary<string, WordEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, fields) in ResourceFile.ReadTable(LexiconFile, "word", "class", "norm"))
        {
            var word = fields[0];
            var id = classes.Find(fields[1]) ?? throw new ResourceException(LexiconFile, line, $"unknown class '{fields[1]}'");
            var table = word.Any(char.IsUpper) ? exact : anyCase;
            var entry = table.TryGetValue(word, out var e) ? e : new WordEntry();
            if (entry.Has(id))
            {
                throw new ResourceException(LexiconFile, line, $"'{word}' is listed twice as {fields[1]}");
            }

            entry.Add(id, fields[2]);
            table[word] = entry;
        }

        var next = 0;
        foreach (var literal in literals.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var entry = anyCase.TryGetValue(literal, out var e) ? e : new WordEntry();
            entry.Literal = next++;
            anyCase[literal] = entry;
        }

        return new TimeLexicon(classes, exact, anyCase);
    }

    /// <summary>The entries of a word: the case-exact one (May) and the any-case one (may, as a literal); either may be null.</summary>
    public (WordEntry? Exact, WordEntry? AnyCase) Lookup(ReadOnlySpan<char> word)
    {
        _exact.TryGetValue(word, out var exact);
        _anyCase.TryGetValue(word, out var anyCase);
        return (exact, anyCase);
    }

    /// <summary>The literal id of a rule word, for the matcher's index; -1 when the word is not in any rule.</summary>
    public int LiteralId(string word) => _anyCase.TryGetValue(word, out var e) ? e.Literal : -1;
}

/// <summary>One word's classes, as a bit mask, and the normalized form for each class.</summary>
internal sealed class WordEntry
{
    private readonly Dictionary<int, string> _norms = [];

    public ulong Mask { get; private set; }

    /// <summary>Id of the word as a literal of some rule, or -1.</summary>
    public int Literal { get; set; } = -1;

    public bool Has(int classId) => (Mask & (1UL << classId)) != 0;

    public string? Norm(int classId) => _norms.GetValueOrDefault(classId);

    public void Add(int classId, string norm)
    {
        Mask |= 1UL << classId;
        _norms[classId] = norm;
    }
}
