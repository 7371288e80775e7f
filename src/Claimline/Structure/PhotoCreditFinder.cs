using System.Text.RegularExpressions;
using Claimline.Model;
using Claimline.Resources;

namespace Claimline.Structure;

/// <summary>
/// Finds the photo credit that ends a caption: the last parenthesised group of a block, when its content matches
/// one of the patterns in <c>Resources/en/photo-credits.txt</c> (<c>AP Photo/Jane Doe</c>, <c>Reuters/John Smith</c>).
/// The patterns are compiled on the first block that ends in a parenthesised group: building the non-backtracking
/// regexes cost about 0.2 s of a short article's start-up (docs/benchmarks.md, "Speed as users run it"), and most
/// articles have no caption.
/// </summary>
public sealed class PhotoCreditFinder
{
    private const string PatternsFile = "Structure/Resources/en/photo-credits.txt";
    private const string AgenciesFile = "Structure/Resources/en/agencies.txt";

    private static readonly PhotoCreditFinder s_english = new(new Lazy<IReadOnlyList<Regex>>(() =>
        PatternFile.Load(PatternsFile, new Dictionary<string, IReadOnlyList<string>>
        {
            ["agency"] = ResourceFile.ReadList(AgenciesFile),
        })));

    private readonly Lazy<IReadOnlyList<Regex>> _patterns;

    public PhotoCreditFinder(IReadOnlyList<Regex> patterns) => _patterns = new(patterns);

    private PhotoCreditFinder(Lazy<IReadOnlyList<Regex>> patterns) => _patterns = patterns;

    public static PhotoCreditFinder English => s_english;

    /// <summary>
    /// The credit inside the final parentheses of <paramref name="block"/> (without the parentheses), if the block
    /// ends with one; <paramref name="group"/> receives the span including the parentheses.
    /// </summary>
    public TextSpan? Find(string text, TextSpan block, out TextSpan group)
    {
        group = default;
        var end = block.End;
        while (end > block.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - block.Start < 3 || text[end - 1] != ')')
        {
            return null;
        }

        var open = text.LastIndexOf('(', end - 1, Math.Min(end - block.Start, 120));
        if (open < 0)
        {
            return null;
        }

        var credit = new TextSpan(open + 1, end - 1);
        var content = credit.SliceOf(text);
        foreach (var pattern in _patterns.Value)
        {
            if (pattern.IsMatch(content))
            {
                group = new TextSpan(open, end);
                return credit;
            }
        }

        return null;
    }
}
