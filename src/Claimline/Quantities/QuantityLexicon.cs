using System.Collections.Frozen;
using System.Globalization;
using Claimline.Resources;

namespace Claimline.Quantities;

/// <summary>
/// The word lists of the quantities stage (<c>Quantities/Resources/en/</c>), loaded once and shared by all threads.
/// Lookups take spans of the text so that scanning a sentence allocates nothing.
/// </summary>
public sealed class QuantityLexicon
{
    internal const string Folder = "Quantities/Resources/en/";

    private static readonly Lazy<QuantityLexicon> s_english = new(Load);

    private QuantityLexicon()
    {
    }

    public static QuantityLexicon English => s_english.Value;

    internal Table<NumberWord> NumberWords { get; private init; } = null!;

    internal Table<double> Scales { get; private init; } = null!;

    internal Table<VaguePlural> VaguePlurals { get; private init; } = null!;

    internal Table<Qualifier> Suffixes { get; private init; } = null!;

    internal Table<ChangeKind> ChangeVerbs { get; private init; } = null!;

    internal Table<(string Code, double Factor)> CurrenciesAfter { get; private init; } = null!;

    internal Table<string> CurrenciesBefore { get; private init; } = null!;

    internal Table<bool> StopWords { get; private init; } = null!;

    internal Table<bool> HeadExclusions { get; private init; } = null!;

    internal Table<bool> LocationPrepositions { get; private init; } = null!;

    internal Table<bool> PlaceNouns { get; private init; } = null!;

    internal Table<bool> Anaphors { get; private init; } = null!;

    /// <summary>Nouns that measure the noun before them (<c>inflation rate</c>): not the head of a counted phrase.</summary>
    internal Table<bool> MeasureNouns { get; private init; } = null!;

    internal Table<bool> TherePrepositions { get; private init; } = null!;

    /// <summary>Label words are matched as written (<c>No. 5</c> is a label, <c>no troops</c> a denial).</summary>
    internal FrozenSet<string> LabelWords { get; private init; } = null!;

    /// <summary>Singular nouns after a number that make it a label (<c>the 171 hotline</c>), from <c>label-words-after.txt</c>.</summary>
    internal FrozenSet<string> LabelWordsAfter { get; private init; } = null!;

    /// <summary>Verbs that take a telephone number after <c>on</c> (<c>call … on 132 500</c>), from <c>phone-words.txt</c>.</summary>
    internal FrozenSet<string> PhoneWords { get; private init; } = null!;

    /// <summary>Words right before a match score (<c>lost 2-1</c>): <c>score-words.txt</c>.</summary>
    internal FrozenSet<string> ScoreWords { get; private init; } = null!;

    /// <summary>Qualifier phrases as word arrays, longest first, so the longest match before a number wins.</summary>
    internal IReadOnlyList<(string[] Words, Qualifier Qualifier)> Qualifiers { get; private init; } = null!;

    /// <summary>
    /// Fractions in words (<c>a quarter</c>, <c>two-thirds</c>) and the percent they state, by first word, longest
    /// first: the finder meets <c>a</c> often and looks at the few fractions it opens only.
    /// </summary>
    internal Table<(string[] Words, double Percent)[]> Fractions { get; private init; } = null!;

    public static Qualifier ParseQualifier(string text) => text switch
    {
        "approx" => Qualifier.Approx,
        "at_least" => Qualifier.AtLeast,
        "at_most" => Qualifier.AtMost,
        "exact" => Qualifier.Exact,
        "range" => Qualifier.Range,
        _ => throw new FormatException($"unknown qualifier '{text}'"),
    };

    public static ChangeKind ParseChange(string text) => text switch
    {
        "increase" => ChangeKind.Increase,
        "decrease" => ChangeKind.Decrease,
        "set_to" => ChangeKind.SetTo,
        _ => throw new FormatException($"unknown change '{text}'"),
    };

    private static QuantityLexicon Load()
    {
        var inv = CultureInfo.InvariantCulture;
        var numberWords = ResourceFile.ReadTable(Folder + "number-words.tsv", "word", "value", "class", "example")
            .Select(r => (r.Fields[0], new NumberWord(double.Parse(r.Fields[1], inv), r.Fields[2])));
        var scales = ResourceFile.ReadTable(Folder + "scales.tsv", "word", "value", "example")
            .Select(r => (r.Fields[0], double.Parse(r.Fields[1], inv)));
        var vague = ResourceFile.ReadTable(Folder + "vague-plurals.tsv", "word", "value", "low", "high", "example")
            .Select(r => (r.Fields[0], new VaguePlural(double.Parse(r.Fields[1], inv), double.Parse(r.Fields[2], inv), double.Parse(r.Fields[3], inv))));
        var suffixes = ResourceFile.ReadTable(Folder + "number-suffixes.tsv", "suffix", "qualifier", "example")
            .Select(r => (r.Fields[0], ParseQualifier(r.Fields[1])));
        var changes = ResourceFile.ReadTable(Folder + "change-verbs.tsv", "form", "change", "example")
            .Select(r => (r.Fields[0], ParseChange(r.Fields[1])));
        var currencies = ResourceFile.ReadTable(Folder + "currencies.tsv", "form", "code", "position", "factor", "example");
        var fractions = ResourceFile.ReadTable(Folder + "fractions.tsv", "phrase", "percent", "example")
            .Select(r => (Words: r.Fields[0].Split(' '), Percent: double.Parse(r.Fields[1], inv)))
            .OrderByDescending(f => f.Words.Length)
            .ToArray();
        var qualifiers = ResourceFile.ReadTable(Folder + "qualifiers.tsv", "phrase", "qualifier", "example")
            .Select(r => (Words: r.Fields[0].Split(' '), Qualifier: ParseQualifier(r.Fields[1])))
            .OrderByDescending(q => q.Words.Length)
            .ToArray();

        return new QuantityLexicon
        {
            NumberWords = new(numberWords),
            Scales = new(scales),
            VaguePlurals = new(vague),
            Suffixes = new(suffixes),
            ChangeVerbs = new(changes),
            CurrenciesAfter = new(currencies.Where(r => r.Fields[2] == "after").Select(r => (r.Fields[0], (r.Fields[1], double.Parse(r.Fields[3], inv))))),
            CurrenciesBefore = new(currencies.Where(r => r.Fields[2] == "before").Select(r => (r.Fields[0], r.Fields[1]))),
            StopWords = List("counted-stop-words.txt"),
            HeadExclusions = List("counted-head-exclusions.txt"),
            LocationPrepositions = List("location-prepositions.txt"),
            PlaceNouns = List("place-nouns.txt"),
            Anaphors = List("anaphors.txt"),
            MeasureNouns = List("measure-nouns.txt"),
            TherePrepositions = List("there-prepositions.txt"),
            LabelWords = ResourceFile.ReadList(Folder + "label-words.txt").ToFrozenSet(StringComparer.Ordinal),
            LabelWordsAfter = ResourceFile.ReadList(Folder + "label-words-after.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            PhoneWords = ResourceFile.ReadList(Folder + "phone-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            ScoreWords = ResourceFile.ReadList(Folder + "score-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            Qualifiers = qualifiers,
            Fractions = new(fractions.GroupBy(f => f.Words[0], StringComparer.OrdinalIgnoreCase).Select(g => (g.Key, g.ToArray()))),
        };

        static Table<bool> List(string file) => new(ResourceFile.ReadList(Folder + file).Select(w => (w, true)));
    }

    /// <summary>
    /// A case-insensitive map looked up by spans of the text (no allocation per token). The words map to indexes into
    /// an array of values, so that every table shares one dictionary type: a <c>FrozenDictionary&lt;string, T&gt;</c>
    /// per value type (seven here) had its generic code compiled at start-up, which ReadyToRun cannot precompile for
    /// our value types (issue #17, session 9).
    /// </summary>
    internal sealed class Table<T>
    {
        private readonly T[] _values;
        private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public Table(IEnumerable<(string Key, T Value)> rows)
        {
            // A plain array grown by hand: List<T> and LINQ over our value types would be compiled at start-up too.
            var indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var values = new T[16];
            foreach (var (key, value) in rows)
            {
                var index = indexes.Count;
                if (!indexes.TryAdd(key, index))
                {
                    continue;
                }

                if (index == values.Length)
                {
                    var larger = new T[values.Length * 2];
                    Array.Copy(values, larger, index);
                    values = larger;
                }

                values[index] = value;
            }

            _values = values;
            _lookup = indexes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool TryGet(ReadOnlySpan<char> word, out T value)
        {
            if (_lookup.TryGetValue(word, out var index))
            {
                value = _values[index];
                return true;
            }

            value = default!;
            return false;
        }

        public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);
    }
}
