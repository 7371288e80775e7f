namespace Claimline.Entities.Features;

/// <summary>
/// Character-level views of a token shared by training (CoNLL tokens) and tagging (Claimline tokens): a normal form
/// that maps typographic quotes and dashes onto the ASCII forms of the CoNLL data, and word shapes.
/// </summary>
public static class TokenForm
{
    /// <summary>
    /// The token as the features see it: curly apostrophes become <c>'</c>, double quotes of any kind <c>"</c>, em and
    /// en dashes <c>-</c>. Returns the same string when nothing changes.
    /// </summary>
    public static string Normalize(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token is "``" or "''" or "“" or "”" or "„" or "«" or "»")
        {
            return "\"";
        }

        if (token is "—" or "–" or "―" or "‒")
        {
            return "-";
        }

        return token.AsSpan().IndexOfAny('’', '‘') < 0 ? token : token.Replace('’', '\'').Replace('‘', '\'');
    }

    /// <summary>
    /// The word shape: upper-case letters as <c>X</c>, lower-case as <c>x</c>, digits as <c>d</c>, other characters
    /// kept, with runs of one class cut at <paramref name="maxRun"/>: <c>Washington</c> → <c>Xxxxx</c>, <c>U.S.</c> →
    /// <c>X.X.</c>, <c>1996</c> → <c>dddd</c>; with a run of 1 (the short shape) <c>Xx</c>, <c>X.X.</c>, <c>d</c>.
    /// Writes into <paramref name="shape"/> and returns the length.
    /// </summary>
    public static int Shape(ReadOnlySpan<char> token, Span<char> shape, int maxRun = 4)
    {
        var n = 0;
        var previous = '\0';
        var run = 0;
        foreach (var c in token)
        {
            var s = Class(c);
            run = s == previous ? run + 1 : 1;
            previous = s;
            if (run <= maxRun && n < shape.Length)
            {
                shape[n++] = s;
            }
        }

        return n;
    }

    public static char Class(char c) => char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
}
