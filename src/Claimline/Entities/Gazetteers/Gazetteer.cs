using System.Runtime.InteropServices;
using Claimline.Entities.Features;
using Claimline.Entities.Tagging;
using Claimline.Text;

namespace Claimline.Entities.Gazetteers;

/// <summary>
/// Multi-word name lists matched over a sentence's tokens, case-insensitively, for the tagger's gazetteer features.
/// Entries are tokenized with Claimline's tokenizer (so <c>People's</c> is <c>People 's</c>, as in CoNLL data).
/// A match must start with a token that does not begin with a lower-case letter. Immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    private const ushort PrefixFlag = 0x8000;
    private const ulong Seed = 0x5EED_6A2E_77E3_0001UL;

    private static readonly Lazy<Gazetteer> s_english = new(() => GazetteerFiles.LoadEnglish());

    private readonly Dictionary<ulong, ushort> _entries = [];
    private readonly HashSet<ulong> _designators = [];

    /// <param name="entries">The names and their lists.</param>
    /// <param name="designators">Words that end organization names (<c>Logistics</c>, <c>GmbH</c>), as written; see <see cref="IsDesignator"/>.</param>
    public Gazetteer(IEnumerable<(string Name, GazetteerCategory Category)> entries, IEnumerable<string>? designators = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var word in designators ?? [])
        {
            // As written and in capitals (headlines): "Group" and "GROUP", but not the common noun "group".
            _designators.Add(FeatureHash.Of(word));
            _designators.Add(FeatureHash.Of(word.ToUpperInvariant()));
        }

        var tokens = new List<Token>();
        foreach (var (name, category) in entries)
        {
            tokens.Clear();
            Tokenizer.English.Tokenize(name, 0, tokens);
            if (tokens.Count == 0)
            {
                continue;
            }

            var h = Seed;
            for (var i = 0; i < tokens.Count; i++)
            {
                h = FeatureHash.Combine(h, FeatureHash.OfLower(TokenForm.Normalize(tokens[i].Span.Of(name))));
                ref var value = ref CollectionsMarshal.GetValueRefOrAddDefault(_entries, h, out _);
                value |= i == tokens.Count - 1 ? (ushort)(1 << (int)category) : PrefixFlag;
            }

            MaxLength = Math.Max(MaxLength, tokens.Count);
            EntryCount++;
        }
    }

    /// <summary>The gazetteer built from the files under <c>Entities/Resources/gazetteer/</c>, loaded once.</summary>
    public static Gazetteer English => s_english.Value;

    /// <summary>The longest entry, in tokens.</summary>
    public int MaxLength { get; }

    public int EntryCount { get; }

    /// <summary>Whether a token, by <see cref="FeatureHash.Of"/> of its normalized form, is an organization designator as listed or in capitals.</summary>
    public bool IsDesignator(ulong word) => _designators.Contains(word);

    /// <summary>
    /// Marks every match: bit <c>4·category + position</c> of <paramref name="marks"/>[i] is set when token i is at
    /// that BILOU position of a match of that category. <paramref name="lowerHashes"/> are
    /// <see cref="FeatureHash.OfLower"/> of the normalized tokens.
    /// </summary>
    public void Match(ReadOnlySpan<string> tokens, ReadOnlySpan<ulong> lowerHashes, Span<uint> marks)
    {
        marks.Clear();
        for (var start = 0; start < tokens.Length; start++)
        {
            var first = tokens[start];
            if (first.Length == 0 || char.IsLower(first[0]))
            {
                continue;
            }

            var h = Seed;
            for (var end = start + 1; end <= tokens.Length && end - start <= MaxLength; end++)
            {
                h = FeatureHash.Combine(h, lowerHashes[end - 1]);
                if (!_entries.TryGetValue(h, out var value))
                {
                    break;
                }

                var categories = value & ~PrefixFlag;
                while (categories != 0)
                {
                    var category = System.Numerics.BitOperations.TrailingZeroCount(categories);
                    categories &= categories - 1;
                    Mark(marks, start, end, category);
                }

                if ((value & PrefixFlag) == 0)
                {
                    break;
                }
            }
        }
    }

    /// <summary>The categories of an exact entry (any case), for rules such as the demonym retyping.</summary>
    public bool Contains(ReadOnlySpan<string> tokens, GazetteerCategory category)
    {
        var h = Seed;
        foreach (var token in tokens)
        {
            h = FeatureHash.Combine(h, FeatureHash.OfLower(TokenForm.Normalize(token)));
        }

        return _entries.TryGetValue(h, out var value) && (value & (1 << (int)category)) != 0;
    }

    private static void Mark(Span<uint> marks, int start, int end, int category)
    {
        var shift = category * 4;
        if (end - start == 1)
        {
            marks[start] |= 1u << (shift + (int)BilouPosition.Unit);
            return;
        }

        marks[start] |= 1u << (shift + (int)BilouPosition.Begin);
        for (var i = start + 1; i < end - 1; i++)
        {
            marks[i] |= 1u << (shift + (int)BilouPosition.Inside);
        }

        marks[end - 1] |= 1u << (shift + (int)BilouPosition.Last);
    }
}
