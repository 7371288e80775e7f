namespace Claimline.Syntax.Parsing;

/// <summary>
/// The relations a parser model predicts, numbered in ordinal order of their names (so the same training data gives
/// the same numbers), each with the group of its universal relation (<c>nsubj</c> for <c>nsubj:pass</c> and
/// <c>nsubj|ccomp</c>) that the label-set features and the scorer's per-relation figures use.
/// </summary>
public sealed class ParseLabels
{
    private readonly Dictionary<string, int> _index;

    public ParseLabels(IEnumerable<string> names)
    {
        Names = [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            _index[Names[i]] = i;
        }

        var universals = Names.Select(Projectivizer.Universal).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Groups = [.. Names.Select(n => universals.IndexOf(Projectivizer.Universal(n)))];
        Plain = [.. Names.Select(Projectivizer.BaseOf).Select(string.Intern)];
    }

    /// <summary>The relations, with subtype and lift record (<c>obl|ccomp</c>).</summary>
    public string[] Names { get; }

    /// <summary>The relation of each label without its lift record (what the tree shows before unlifting).</summary>
    public string[] Plain { get; }

    /// <summary>Index of each label's universal relation.</summary>
    public int[] Groups { get; }

    public int Count => Names.Length;

    public int GroupOf(int label) => label < 0 ? 0 : Groups[label];

    /// <summary>The label of a relation name, or -1.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;
}
