using System.Collections.Concurrent;
using System.Collections.Frozen;
using Claimline.Entities.Gazetteers;
using Claimline.Entities.Resolution;
using Claimline.Resources;

namespace Claimline.Entities.Coreference;

/// <summary>
/// The word lists the coreference stage reads (<c>Entities/Resources/en/</c>): pronouns with gender and number,
/// descriptions with the referents they may name, given-name genders, and word classes for context (speech verbs,
/// prepositions, plural people nouns, expletive <c>it</c>, generic role heads, honorifics, plural determiners). Role heads and modifiers are
/// the referents stage's (<see cref="RoleLexicon"/>). Loaded once; read-only; all lookups ignore case and allocate nothing.
/// </summary>
public sealed class CoreferenceLexicon
{
    private const string Folder = "Entities/Resources/en/";

    private static readonly Lazy<CoreferenceLexicon> s_english = new(() => new CoreferenceLexicon(RoleLexicon.English));

    private readonly FrozenDictionary<string, PronounInfo>.AlternateLookup<ReadOnlySpan<char>> _pronouns;
    private readonly FrozenDictionary<string, DescriptionInfo>.AlternateLookup<ReadOnlySpan<char>> _descriptions;
    private readonly FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> _givenNames;
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _modifiers;
    private readonly FrozenDictionary<string, string> _organizationKinds;
    private readonly (string[] Words, string Noun)[] _titleAbbreviations;

    private CoreferenceLexicon(RoleLexicon roles)
    {
        _pronouns = ResourceFile.ReadTable(Folder + "anaphor-pronouns.tsv", "pronoun", "gender", "number", "position")
            .ToFrozenDictionary(r => r.Fields[0], r => Pronoun(r.Fields), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _descriptions = ResourceFile.ReadTable(Folder + "anaphor-descriptions.tsv", "noun", "kinds", "names", "organizations")
            .ToFrozenDictionary(r => r.Fields[0], r => Description(r.Fields), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _givenNames = ResourceFile.ReadTable(Folder + "given-name-genders.tsv", "name", "gender")
            .ToFrozenDictionary(r => r.Fields[0], r => r.Fields[1] == "f" ? Gender.Female : Gender.Male, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "coreference-words.tsv", "word", "class"))
        {
            words[f[0]] = words.GetValueOrDefault(f[0]) | Class(f[1]);
        }

        // The gazetteer's organization kinds, read (never written: the tagger's manifest hashes those files).
        _organizationKinds = ResourceFile.ReadTable(GazetteerFiles.Folder + "organizations.tsv", "name", "canonical", "kind")
            .GroupBy(r => r.Fields[1], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First().Fields[2], StringComparer.OrdinalIgnoreCase);
        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        // Longest first, so that `Lt. Gov.` is one lieutenant governor, not a lieutenant and a governor.
        _titleAbbreviations = [.. ResourceFile.ReadTable(Folder + "title-abbreviations.tsv", "abbreviation", "noun")
            .Select(r => (r.Fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), r.Fields[1]))
            .OrderByDescending(a => a.Item1.Length)];
        _titles = roles.Titles.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _modifiers = roles.Modifiers.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CoreferenceLexicon English => s_english.Value;

    public PronounInfo? Pronoun(ReadOnlySpan<char> word) => _pronouns.TryGetValue(word, out var info) ? info : null;

    public DescriptionInfo? Description(ReadOnlySpan<char> noun) => _descriptions.TryGetValue(noun, out var info) ? info : null;

    /// <summary>The gender of a given name, or unknown.</summary>
    public Gender GivenName(ReadOnlySpan<char> name) => _givenNames.TryGetValue(name, out var gender) ? gender : Gender.Unknown;

    /// <summary>
    /// A role's rank and title as words, with the role noun of each abbreviation added (title-abbreviations.tsv), so that
    /// a later mention matches either way: rank <c>Gov.</c> and title <c>New Jersey</c> → <c>Gov. New Jersey governor</c>;
    /// <c>Sen.</c> → <c>Sen. senator</c>.
    /// </summary>
    public string ExpandTitle(string title, string? rank = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        var key = rank is null ? title : rank + "\u0001" + title;
        if (_expanded.TryGetValue(key, out var known))
        {
            return known;
        }

        var expanded = Expand(title, rank);

        // Titles repeat across articles; the cache stops growing at a size no real vocabulary of titles reaches.
        if (_expanded.Count < MaxExpandedTitles)
        {
            _expanded.TryAdd(key, expanded);
        }

        return expanded;
    }

    private const int MaxExpandedTitles = 50_000;

    private readonly ConcurrentDictionary<string, string> _expanded = new(StringComparer.Ordinal);

    private string Expand(string title, string? rank)
    {
        var words = (rank is null ? title : rank + " " + title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var added = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var (abbreviation, noun) in _titleAbbreviations)
            {
                if (i + abbreviation.Length <= words.Length
                    && abbreviation.Select((w, k) => string.Equals(w, words[i + k], StringComparison.OrdinalIgnoreCase)).All(x => x))
                {
                    added.Add(noun);
                    i += abbreviation.Length - 1;
                    break;
                }
            }
        }

        return added.Count == 0 ? string.Join(' ', words) : string.Join(' ', words) + " " + string.Join(' ', added);
    }

    /// <summary>A person's gender from the first word of their name, else from a role that says it (spokeswoman, chairman); unknown for others.</summary>
    public Gender GenderOf(Referent referent)
    {
        ArgumentNullException.ThrowIfNull(referent);
        if (referent.Kind != ReferentKind.Person)
        {
            return Gender.Unknown;
        }

        var canonical = referent.Canonical.AsSpan();
        var space = canonical.IndexOf(' ');
        var gender = space > 0 ? GivenName(canonical[..space]) : Gender.Unknown;
        foreach (var role in referent.Roles)
        {
            if (gender == Gender.Unknown)
            {
                // English role words end in -woman or -man when they carry gender: spokeswoman, congressman.
                var title = role.Title;
                gender = title.EndsWith("woman", StringComparison.OrdinalIgnoreCase) ? Gender.Female
                    : title.EndsWith("man", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Unknown;
            }
        }

        return gender;
    }

    /// <summary>Whether a word is of a class of <c>coreference-words.tsv</c>.</summary>
    public bool Is(ReadOnlySpan<char> word, WordClass wordClass) => _words.TryGetValue(word, out var classes) && (classes & wordClass) != 0;

    /// <summary>The gazetteer's kind of an organization by its canonical name: agency, intergovernmental, company …</summary>
    public string? OrganizationKind(string canonical) => _organizationKinds.GetValueOrDefault(canonical);

    /// <summary>A role head of the referents stage's <c>titles.txt</c>: minister, ambassador, spokesman.</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _titles.Contains(word);

    /// <summary>A role modifier of <c>role-modifiers.txt</c>: deputy, defense, foreign, former.</summary>
    public bool IsModifier(ReadOnlySpan<char> word) => _modifiers.Contains(word);

    private static PronounInfo Pronoun(string[] f)
    {
        var position = f[3].Split('|');
        return new PronounInfo(
            f[1] switch { "m" => Gender.Male, "f" => Gender.Female, _ => Gender.Unknown },
            f[1] == "n",
            f[2] == "pl",
            position.Contains("subject"),
            position.Contains("possessive"));
    }

    private static DescriptionInfo Description(string[] f)
    {
        var kinds = f[1].Split('|').Select(k => Enum.Parse<ReferentKind>(k, ignoreCase: true)).ToArray();
        var names = f[2] == "*" ? [] : f[2].Split('|');
        var organizations = f[3] == "-" ? [] : f[3].Split('|');
        return new DescriptionInfo(kinds, names, organizations);
    }

    private static WordClass Class(string name) => name switch
    {
        "speech" => WordClass.Speech,
        "preposition" => WordClass.Preposition,
        "people" => WordClass.People,
        "expletive" => WordClass.Expletive,
        "opener" => WordClass.Opener,
        "generic" => WordClass.Generic,
        "honorific-m" => WordClass.HonorificMale,
        "honorific-f" => WordClass.HonorificFemale,
        "plural-determiner" => WordClass.PluralDeterminer,
        _ => throw new ResourceException(Folder + "coreference-words.tsv", 0, $"unknown class '{name}'"),
    };
}

/// <summary>
/// One row of <c>anaphor-descriptions.tsv</c>: the referent kinds a description may name, words its name must hold
/// (none: any), and the gazetteer's organization kinds that fit it whatever the name says.
/// </summary>
public sealed record DescriptionInfo(IReadOnlyList<ReferentKind> Kinds, IReadOnlyList<string> Names, IReadOnlyList<string> OrganizationKinds);

/// <summary>The word classes of <c>coreference-words.tsv</c>; a word may be in several.</summary>
[Flags]
public enum WordClass
{
    None = 0,
    Speech = 1,
    Preposition = 2,
    People = 4,
    Expletive = 8,
    Opener = 16,
    Generic = 32,
    HonorificMale = 64,
    HonorificFemale = 128,
    PluralDeterminer = 256,
}
