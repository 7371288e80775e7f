namespace Claimline.Time.Finders;

/// <summary>
/// One rule of <c>rules.txt</c>: a token pattern, the TIMEX3 type, a value template whose <c>{name}</c>s are the
/// pattern's captures (functions such as <c>REL(dct,D,-1)</c> are resolved later by the anchoring refiner), an
/// optional mod, and the examples that tests run.
/// </summary>
internal sealed record TimeRule(
    string Id,
    int Line,
    PatternElement[] Elements,
    int SpanStart,
    int SpanEnd,
    string Type,
    ValueTemplate Value,
    string? Mod,
    string[] CaptureNames,
    IReadOnlyList<RuleExample> Examples)
{
    /// <summary>A rule that removes what it matches (a known false positive) instead of tagging it.</summary>
    public bool Removes => Type == "REMOVE";
}

/// <summary>One position of a pattern: alternatives, optional (<c>x?</c>) or a negative check (<c>!x</c>, zero width).</summary>
internal sealed record PatternElement(PatternAtom[] Atoms, bool Optional, bool Negative);

internal enum AtomKind : byte
{
    /// <summary>A word or punctuation mark, matched in any case.</summary>
    Literal,

    /// <summary>A token of a word class (<c>{month}</c>).</summary>
    Class,

    /// <summary>A cardinal number, in digits or words, over one or more tokens (<c>{int}</c>: 24, twenty-four, a, several).</summary>
    Int,
}

/// <summary>A literal, a class or <c>{int}</c>; <see cref="Slot"/> is the capture slot (-1 for literals).</summary>
internal readonly record struct PatternAtom(AtomKind Kind, int Id, int Slot, string Text);

/// <summary>A rule example: in <see cref="Sentence"/>, read against <see cref="Dct"/>, the rule finds <see cref="Span"/> with <see cref="Value"/> (and <see cref="Mod"/>); a counter-example expects nothing at all.</summary>
internal sealed record RuleExample(int Line, DateOnly Dct, string Sentence, string? Span, string? Value, string? Mod)
{
    public bool IsCounter => Span is null;
}
