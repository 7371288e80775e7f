using System.Collections.Frozen;
using Claimline.Resources;

namespace Claimline.Text;

/// <summary>How an abbreviation behaves where a sentence could end.</summary>
public enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation.</summary>
    None,

    /// <summary>Always followed by more of the sentence: titles (Gen., Dr.), No., initials (F.).</summary>
    Prefix,

    /// <summary>A month (Oct.): continues before a number, may end a sentence otherwise.</summary>
    Month,

    /// <summary>May end a sentence: acronyms with periods (U.S.), Inc., Jr., state abbreviations.</summary>
    Final,
}

/// <summary>
/// The abbreviation lexicon (<c>Resources/en/abbreviations.tsv</c>) and the sentence-starter list, loaded once and
/// shared. Lookups take spans and do not allocate.
/// </summary>
public sealed class Abbreviations
{
    private const string AbbreviationsFile = "Text/Resources/en/abbreviations.tsv";
    private const string StartersFile = "Text/Resources/en/sentence-starters.txt";

    private static readonly Lazy<Abbreviations> s_english = new(Load);

    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _kinds;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _starters;

    private Abbreviations(FrozenDictionary<string, AbbreviationKind> kinds, FrozenSet<string> starters)
    {
        _kinds = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        _starters = starters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The English lexicon, loaded on first use.</summary>
    public static Abbreviations English => s_english.Value;

    /// <summary>The kind of a listed abbreviation, given with its final period (<c>Gen.</c>).</summary>
    public AbbreviationKind Lookup(ReadOnlySpan<char> withPeriod)
        => _kinds.TryGetValue(withPeriod, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>
    /// Classifies a token that ends with a period: a listed abbreviation, an acronym of single letters with periods
    /// (U.S., p.m.), an initial (F.), or none (an ordinary word followed by a full stop would not be one token).
    /// </summary>
    public AbbreviationKind Classify(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || token[^1] != '.')
        {
            return AbbreviationKind.None;
        }

        var listed = Lookup(token);
        if (listed != AbbreviationKind.None)
        {
            return listed;
        }

        if (token.Length == 2 && char.IsUpper(token[0]))
        {
            return AbbreviationKind.Prefix;
        }

        return IsLetterPeriodSequence(token) ? AbbreviationKind.Final : AbbreviationKind.None;
    }

    /// <summary>Whether a capitalised word typically starts a sentence (The, Some, He …).</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _starters.Contains(word);

    /// <summary>True for <c>U.S.</c>, <c>p.m.</c>, <c>D.C.</c>: single letters each followed by a period.</summary>
    internal static bool IsLetterPeriodSequence(ReadOnlySpan<char> token)
    {
        if (token.Length < 4 || token.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < token.Length; i += 2)
        {
            if (!char.IsLetter(token[i]) || token[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static Abbreviations Load()
    {
        var kinds = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var (line, fields) in ResourceFile.ReadTable(AbbreviationsFile, "abbreviation", "kind"))
        {
            var kind = fields[1] switch
            {
                "prefix" => AbbreviationKind.Prefix,
                "month" => AbbreviationKind.Month,
                "final" => AbbreviationKind.Final,
                _ => throw new ResourceException(AbbreviationsFile, line, $"unknown kind '{fields[1]}' (prefix, month or final)"),
            };
            if (!fields[0].EndsWith('.'))
            {
                throw new ResourceException(AbbreviationsFile, line, $"'{fields[0]}' must end with its period");
            }

            if (!kinds.TryAdd(fields[0], kind))
            {
                throw new ResourceException(AbbreviationsFile, line, $"'{fields[0]}' is listed twice");
            }
        }

        var starters = ResourceFile.ReadList(StartersFile).ToFrozenSet(StringComparer.Ordinal);
        return new Abbreviations(kinds.ToFrozenDictionary(StringComparer.Ordinal), starters);
    }
}
