namespace Claimline.Time;

/// <summary>What the time stage sees of a token: kinds that matter to its rules.</summary>
internal enum TimeTokenKind : byte
{
    Word,
    Number,

    /// <summary>A hyphen inside a compound (<c>five-year</c>, <c>mid-November</c>), split out so rules can match its parts.</summary>
    Hyphen,

    /// <summary>Any other token (punctuation, quotes, dashes, symbols).</summary>
    Other,
}

/// <summary>
/// A token, or a part of a hyphenated one, with its classes looked up once: the bit mask of its word classes, its
/// lexicon entries (for normalized forms) and its literal id (for the rule index).
/// </summary>
internal readonly record struct TimeToken(int Start, int End, TimeTokenKind Kind, ulong Mask, int Literal, WordEntry? Exact, WordEntry? AnyCase, int Number)
{
    public bool Has(int classId) => (Mask & (1UL << classId)) != 0;

    /// <summary>The lexicon's normalized form of this token for a lexicon class (case-exact entry first).</summary>
    public string? Norm(int classId) => Exact?.Norm(classId) ?? AnyCase?.Norm(classId);
}
