using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.IO.Compression;
using Claimline.Resources;
using Claimline.Text;

namespace Claimline.Syntax.Lemmatization;

/// <summary>
/// Lemmas as UD English EWT writes them, from a word's form and UPOS tag:
/// <list type="number">
/// <item>a lookup of (lower-cased form, UPOS) → lemma learned from EWT train, holding only the words the rules below
/// get wrong (<c>was</c> AUX → <c>be</c>, <c>me</c> PRON → <c>I</c>, <c>n't</c> → <c>not</c>, <c>an</c> → <c>a</c>);</item>
/// <item>else suffix rules per UPOS (<see cref="RulesPath"/>: <c>-ies</c> → <c>-y</c>, <c>-ing</c> → ∅ or <c>-e</c>):
/// of the rewrites whose suffix matches, the first that gives a lemma EWT train knows for that tag wins, then the
/// first that gives a word of the Brown cluster vocabulary, then the first;</item>
/// <item>casing as EWT: proper nouns keep theirs, numbers lose their thousands separators, and other words are
/// lower-cased unless written as a short all-capitals acronym or with a digit (<c>TV</c>, <c>Q1</c>).</item>
/// </list>
/// Lemmas it has seen before come back as shared string instances, and words it has lemmatized by rule are
/// remembered (up to <see cref="MaxCached"/>), so lemmatizing known words allocates nothing.
/// Immutable and thread-safe.
/// </summary>
public sealed class Lemmatizer
{
    /// <summary>The suffix rules, hand-written (UPOS, suffix, replacement).</summary>
    public const string RulesPath = "Syntax/Resources/lemmas/lemma-rules-en.tsv";

    /// <summary>The lookup of words the rules get wrong, learned from EWT train by <c>claimline train lemmas</c>.</summary>
    public const string ExceptionsPath = "Syntax/Resources/models/lemma-exceptions-en.tsv.gz";

    /// <summary>The lemmas EWT train knows per UPOS, learned with the exceptions.</summary>
    public const string LexiconPath = "Syntax/Resources/models/lemma-lexicon-en.tsv.gz";

    /// <summary>The most words <see cref="_cache"/> holds; later new words are lemmatized without being remembered.</summary>
    private const int MaxCached = 100_000;

    /// <summary>Forms longer than this are returned as they are (hostile input, URLs).</summary>
    private const int MaxChars = 64;

    private static readonly Lazy<Lemmatizer> s_english = new(() => new Lemmatizer(
        LemmaRules.Load(RulesPath),
        ReadGz(ExceptionsPath, 3).Select(f => (f[0], UposNames.Parse(f[1]), f[2])),
        ReadGz(LexiconPath, 2).Select(f => (f[0], UposNames.Parse(f[1]))),
        WordClusters.English));

    private readonly LemmaRules _rules;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _exceptions;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lexicon;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _interned;
    private readonly WordClusters? _vocabulary;
    private readonly FrozenDictionary<ulong, FastEntry> _fast;

    /// <summary>Words lemmatized by the rules so far (a pure function of the key, so sharing it between threads is safe).</summary>
    private readonly ConcurrentDictionary<ulong, FastEntry> _cache = new();

    /// <summary>How many words <see cref="_cache"/> holds.</summary>
    private int _cached;

    /// <param name="rules">The suffix rules.</param>
    /// <param name="exceptions">Lower-cased form, tag, lemma.</param>
    /// <param name="lexicon">Known lemmas with their tag.</param>
    /// <param name="vocabulary">Words known to exist (their clusters are not used), or null.</param>
    public Lemmatizer(LemmaRules rules, IEnumerable<(string Form, Upos Tag, string Lemma)> exceptions, IEnumerable<(string Lemma, Upos Tag)> lexicon, WordClusters? vocabulary)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(exceptions);
        ArgumentNullException.ThrowIfNull(lexicon);
        _rules = rules;
        _vocabulary = vocabulary;
        var interned = new HashSet<string>(StringComparer.Ordinal);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, tag, lemma) in exceptions)
        {
            var value = Intern(interned, lemma);
            table.TryAdd(Key(form, tag), value);
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (lemma, tag) in lexicon)
        {
            known.Add(Key(lemma, tag));
            Intern(interned, lemma);
        }

        _exceptions = table.GetAlternateLookup<ReadOnlySpan<char>>();
        _lexicon = known.GetAlternateLookup<ReadOnlySpan<char>>();
        _interned = interned.GetAlternateLookup<ReadOnlySpan<char>>();

        // The fast path: one hashed lookup answers the exceptions and the words that are their own lemma.
        var fast = new Dictionary<ulong, FastEntry>();
        foreach (var (form, tag, lemma) in exceptions)
        {
            fast.TryAdd(FastKey(form, tag), new FastEntry(form, table[Key(form, tag)], Exception: true));
        }

        foreach (var (lemma, tag) in lexicon)
        {
            if (tag != Upos.PROPN && IsLower(lemma))
            {
                var value = Intern(interned, lemma);
                fast.TryAdd(FastKey(lemma, tag), new FastEntry(value, value, Exception: false));
            }
        }

        _fast = fast.ToFrozenDictionary();
    }

    /// <summary>A word the fast path knows: its lower-cased form (checked, so a hash collision cannot mislead) and its lemma.</summary>
    private readonly record struct FastEntry(string Form, string Lemma, bool Exception);

    /// <summary>The shipped English lemmatizer, loaded once.</summary>
    public static Lemmatizer English => s_english.Value;

    /// <summary>The lemma of <paramref name="written"/> tagged <paramref name="tag"/>.</summary>
    public string Lemma(ReadOnlySpan<char> written, Upos tag)
    {
        if (written.Length == 0 || written.Length > MaxChars)
        {
            return written.ToString();
        }

        // Typographic quotes and apostrophes as the treebank spells them (’s → 's, “ → ").
        Span<char> normalized = stackalloc char[MaxChars + 2];
        ReadOnlySpan<char> form = normalized[..Tagging.PosSentence.Normalize(written, normalized)];

        Span<char> key = stackalloc char[MaxChars + 1];
        form.ToLowerInvariant(key);
        var lower = key[..form.Length];
        var acronym = IsAcronym(form);
        if (tag != Upos.PROPN
            && _fast.TryGetValue(FastKey(lower, tag), out var entry)
            && lower.SequenceEqual(entry.Form)
            && (entry.Exception || !acronym))
        {
            return entry.Lemma;
        }

        // What the slow path gives depends on the lower-cased form and tag, and on the form itself only for proper
        // nouns (kept as written) and acronyms: the cache key says which.
        var cased = tag == Upos.PROPN || acronym;
        var cacheKey = Entities.Features.FeatureHash.Combine(cased ? 0x1000UL + (ulong)tag : (ulong)tag, Entities.Features.FeatureHash.Of(cased ? form : lower));
        if (_cache.TryGetValue(cacheKey, out entry) && (cased ? form : lower).SequenceEqual(entry.Form))
        {
            return entry.Lemma;
        }

        string lemma;
        key[form.Length] = TagChar(tag);
        if (!_exceptions.TryGetValue(key[..(form.Length + 1)], out lemma!))
        {
            Span<char> output = stackalloc char[MaxChars + 8];
            var length = Rules(form, lower, tag, output);
            lemma = _interned.TryGetValue(output[..length], out var shared) ? shared : output[..length].ToString();
        }

        // Counted apart: ConcurrentDictionary.Count takes every lock of the dictionary, on each new word.
        if (Volatile.Read(ref _cached) < MaxCached
            && _cache.TryAdd(cacheKey, new FastEntry((cased ? form : lower).ToString(), lemma, Exception: false)))
        {
            Interlocked.Increment(ref _cached);
        }

        return lemma;
    }

    /// <summary>The lemma the rules and casing alone give (no lookup), for building the exceptions.</summary>
    internal string RuleLemma(string form, Upos tag)
    {
        if (form.Length == 0 || form.Length > MaxChars)
        {
            return form;
        }

        Span<char> lower = stackalloc char[form.Length];
        form.AsSpan().ToLowerInvariant(lower);
        Span<char> output = stackalloc char[MaxChars + 8];
        return output[..Rules(form, lower, tag, output)].ToString();
    }

    private int Rules(ReadOnlySpan<char> form, ReadOnlySpan<char> lower, Upos tag, Span<char> output)
    {
        if (tag == Upos.PROPN)
        {
            form.CopyTo(output);
            return form.Length;
        }

        if (tag == Upos.NUM && form.ContainsAny("0123456789"))
        {
            var n = 0;
            for (var k = 0; k < form.Length; k++)
            {
                // Thousands separators go (200,000 → 200000); a comma not between digits stays.
                if (form[k] == ',' && k > 0 && k + 4 <= form.Length && char.IsDigit(form[k - 1]) && IsDigits(form.Slice(k + 1, 3)))
                {
                    continue;
                }

                output[n++] = char.ToLowerInvariant(form[k]);
            }

            return n;
        }

        var source = IsAcronym(form) ? form : lower;
        Span<char> candidate = stackalloc char[MaxChars + 9];
        source.CopyTo(candidate);
        candidate[source.Length] = TagChar(tag);
        if (_lexicon.Contains(candidate[..(source.Length + 1)]))
        {
            source.CopyTo(output);
            return source.Length;
        }

        int firstLength = -1, vocabularyLength = -1;
        Span<char> first = stackalloc char[MaxChars + 8];
        Span<char> inVocabulary = stackalloc char[MaxChars + 8];
        foreach (var rule in _rules.For(tag))
        {
            if (!source.EndsWith(rule.Suffix, StringComparison.Ordinal) || source.Length - rule.Suffix.Length < rule.MinStem)
            {
                continue;
            }

            var stem = source[..^rule.Suffix.Length];
            stem.CopyTo(candidate);
            rule.Replacement.AsSpan().CopyTo(candidate[stem.Length..]);
            var length = stem.Length + rule.Replacement.Length;
            candidate[length] = TagChar(tag);
            if (_lexicon.Contains(candidate[..(length + 1)]))
            {
                candidate[..length].CopyTo(output);
                return length;
            }

            if (firstLength < 0)
            {
                candidate[..length].CopyTo(first);
                firstLength = length;
            }

            if (vocabularyLength < 0 && _vocabulary is not null && _vocabulary.Path(candidate[..length]) != 0)
            {
                candidate[..length].CopyTo(inVocabulary);
                vocabularyLength = length;
            }
        }

        if (vocabularyLength >= 0)
        {
            inVocabulary[..vocabularyLength].CopyTo(output);
            return vocabularyLength;
        }

        if (firstLength >= 0)
        {
            first[..firstLength].CopyTo(output);
            return firstLength;
        }

        source.CopyTo(output);
        return source.Length;
    }

    /// <summary>All capitals and at most 4 letters, or letters with digits: TV, EPM, Q1, AS400.</summary>
    private static bool IsAcronym(ReadOnlySpan<char> form)
    {
        int letters = 0, digits = 0;
        foreach (var c in form)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
            digits += char.IsDigit(c) ? 1 : 0;
        }

        return letters > 0 && (letters <= 4 || digits > 0);
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static ulong FastKey(ReadOnlySpan<char> lower, Upos tag)
        => Entities.Features.FeatureHash.Combine((ulong)tag, Entities.Features.FeatureHash.Of(lower));

    private static bool IsLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static char TagChar(Upos tag) => (char)(0xE000 + (int)tag);

    private static string Key(string text, Upos tag) => text + TagChar(tag);

    private static string Intern(HashSet<string> interned, string value)
    {
        if (interned.TryGetValue(value, out var existing))
        {
            return existing;
        }

        interned.Add(value);
        return value;
    }

    /// <summary>Reads a gzip-compressed tab-separated resource (header row first, <c>#</c> comments skipped).</summary>
    private static IEnumerable<string[]> ReadGz(string path, int columns)
    {
        using var stream = ResourceFile.Open(path);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (number == 1 || line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != columns)
            {
                throw new ResourceException(path, number, $"expected {columns} tab-separated fields, found {fields.Length}");
            }

            yield return fields;
        }
    }
}
