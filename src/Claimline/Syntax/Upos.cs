namespace Claimline.Syntax;

/// <summary>
/// The 17 Universal Dependencies part-of-speech tags (UPOS, universaldependencies.org/u/pos). <see cref="None"/> is
/// the value of a token no tagger has seen; it is never predicted.
/// </summary>
public enum Upos : byte
{
    None,
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
    X,
}

/// <summary>Reading and writing UPOS names as the treebanks spell them.</summary>
public static class UposNames
{
    /// <summary>Number of real tags (without <see cref="Upos.None"/>).</summary>
    public const int Count = 17;

    private static readonly string[] s_names = Enum.GetNames<Upos>();

    public static string Name(this Upos tag) => s_names[(int)tag];

    /// <summary>The tag of a UPOS name such as <c>PROPN</c>; <see cref="Upos.None"/> for anything else (<c>_</c>).</summary>
    public static Upos Parse(ReadOnlySpan<char> name)
    {
        for (var i = 1; i < s_names.Length; i++)
        {
            if (name.SequenceEqual(s_names[i]))
            {
                return (Upos)i;
            }
        }

        return Upos.None;
    }
}
