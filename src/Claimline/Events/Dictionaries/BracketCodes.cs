namespace Claimline.Events.Dictionaries;

/// <summary>
/// The bracketed codes of a dictionary line (<c>[020]</c>, <c>[USAGOV 19890120-19930120]</c>), as the regex
/// <c>\[([^\]]*)\]</c> finds them, left to right and not overlapping, read with <c>IndexOf</c>: the dictionaries
/// have about 20,000 lines, and matching them with non-backtracking regexes cost about 0.15 s of every start-up.
/// </summary>
internal static class BracketCodes
{
    /// <summary>Each code's content and where its <c>[</c> is; <paramref name="allowEmpty"/> false skips <c>[]</c> (as <c>\[([^\]]+)\]</c>).</summary>
    public static List<(int Index, string Content)> All(string line, bool allowEmpty = true)
    {
        var codes = new List<(int, string)>();
        var from = 0;
        while (Next(line, from, allowEmpty) is { } code)
        {
            codes.Add((code.Index, code.Content));
            from = code.Index + code.Content.Length + 2;
        }

        return codes;
    }

    /// <summary>The first code of the line, or null.</summary>
    public static (int Index, string Content)? First(string line, bool allowEmpty = true) => Next(line, 0, allowEmpty);

    private static (int Index, string Content)? Next(string line, int from, bool allowEmpty)
    {
        while (from < line.Length)
        {
            var open = line.IndexOf('[', from);
            if (open < 0)
            {
                return null;
            }

            var close = line.IndexOf(']', open + 1);
            if (close < 0)
            {
                return null;
            }

            if (close > open + 1 || allowEmpty)
            {
                return (open, line[(open + 1)..close]);
            }

            from = open + 1;
        }

        return null;
    }
}
