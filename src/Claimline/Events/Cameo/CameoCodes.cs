using System.Globalization;
using Claimline.Resources;

namespace Claimline.Events.Cameo;

/// <summary>
/// GDELT's CAMEO event code tables (description and Goldstein value per code) and PETRARCH's internal coding
/// ontology, which lets one verb's code combine with the code of the verb it governs (<c>threatened to attack</c>:
/// threaten 0x6000 + fight 0x00A0 = 0x60A0 = <c>138</c>). Loaded once from <c>Events/Resources/cameo/</c>.
/// </summary>
public sealed class CameoCodes
{
    private const string Folder = "Events/Resources/cameo/";

    private static readonly Lazy<CameoCodes> s_english = new(() => Load(Folder));

    private readonly Dictionary<string, string> _descriptions;
    private readonly Dictionary<string, double> _goldstein;
    private readonly Dictionary<string, long> _ontology;
    private readonly Dictionary<long, string> _byValue;

    private CameoCodes(Dictionary<string, string> descriptions, Dictionary<string, double> goldstein, Dictionary<string, long> ontology)
    {
        _descriptions = descriptions;
        _goldstein = goldstein;
        _ontology = ontology;
        _byValue = [];
        foreach (var (code, value) in ontology)
        {
            // Several codes share a value (046 and 044); the first listed is the one the ontology means.
            _byValue.TryAdd(value, code);
        }
    }

    /// <summary>The tables shipped with Claimline.</summary>
    public static CameoCodes English => s_english.Value;

    /// <summary>Every code GDELT lists.</summary>
    public IEnumerable<string> Codes => _descriptions.Keys;

    /// <summary>Whether GDELT lists the code.</summary>
    public bool IsKnown(string code) => _descriptions.ContainsKey(code);

    /// <summary>GDELT's description of the code (<c>Use conventional military force</c>), or null.</summary>
    public string? Describe(string code) => _descriptions.GetValueOrDefault(code);

    /// <summary>The Goldstein conflict–cooperation value of the code (−10 to +10), falling back to its base and root codes.</summary>
    public double Goldstein(string code)
    {
        for (var length = code.Length; length >= 2; length--)
        {
            if (_goldstein.TryGetValue(code[..length], out var value))
            {
                return value;
            }
        }

        return 0;
    }

    /// <summary>
    /// GDELT's QuadClass from the root code: 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal
    /// conflict (09–13), 4 material conflict (14–20). Public sources differ on root 05 (engage in diplomatic
    /// cooperation); it is verbal cooperation here, as in the Phoenix codebook, not checked against GDELT's own rows.
    /// </summary>
    public static int QuadClass(string code)
    {
        if (code.Length < 2 || !int.TryParse(code.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var root))
        {
            return 0;
        }

        return root switch
        {
            <= 5 => 1,
            <= 8 => 2,
            <= 13 => 3,
            _ => 4,
        };
    }

    /// <summary>
    /// The code of a verb of code <paramref name="upper"/> that governs an action of code <paramref name="lower"/>
    /// (<c>threaten</c> + <c>attack</c> → <c>138</c>; <c>refuse</c> + <c>meet</c> → a rejection), as PETRARCH2 combines
    /// them on its internal ontology: the upper code must be a bare category (intend, appeal, demand, threaten, reject…)
    /// and the lower one an action without a category; null when the ontology has no code for the sum.
    /// </summary>
    public string? Combine(string upper, string lower)
    {
        if (!_ontology.TryGetValue(upper, out var u) || !_ontology.TryGetValue(lower, out var l))
        {
            return null;
        }

        // A bare category has no low bits (0x3000) or is the bare rejection (−0xFFFF); the action has no category.
        var bareCategory = u == -0xFFFF || (u > 0 && (u & 0x0FFF) == 0);
        if (!bareCategory || l <= 0 || (l & 0xF000) != 0)
        {
            return null;
        }

        return _byValue.GetValueOrDefault(u + l);
    }

    private static CameoCodes Load(string folder)
    {
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, fields) in ResourceFile.ReadTable(folder + "CAMEO.eventcodes.txt", "CAMEOEVENTCODE", "EVENTDESCRIPTION"))
        {
            descriptions[fields[0].Trim()] = fields[1].Trim();
        }

        var goldstein = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (line, fields) in ResourceFile.ReadTable(folder + "CAMEO.goldsteinscale.txt", "CAMEOEVENTCODE", "GOLDSTEINSCALE"))
        {
            goldstein[fields[0].Trim()] = double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new ResourceException(folder + "CAMEO.goldsteinscale.txt", line, $"not a number: '{fields[1]}'");
        }

        var ontology = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (line, text) in ResourceFile.ReadLines(folder + "PETR.Internal.Coding.Ontology.txt"))
        {
            // 0211:0x2075   122:-0xFFFF+0x2040+0x300# comment
            var entry = text.Split('#')[0].Trim();
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            ontology[entry[..colon]] = ParseSum(entry[(colon + 1)..], folder + "PETR.Internal.Coding.Ontology.txt", line);
        }

        return new CameoCodes(descriptions, goldstein, ontology);
    }

    /// <summary>Reads <c>-0xFFFF+0x2040+0x300</c>: hexadecimal terms joined by + and −.</summary>
    private static long ParseSum(string expression, string path, int line)
    {
        long total = 0;
        var sign = 1;
        var i = 0;
        expression = expression.Trim();
        while (i < expression.Length)
        {
            var c = expression[i];
            if (c is '+' or '-')
            {
                sign = c == '-' ? -1 : 1;
                i++;
                continue;
            }

            if (c == '0' && (i + 1 == expression.Length || expression[i + 1] is not ('x' or 'X')))
            {
                // A bare zero (`---:0`, the null code).
                i++;
                continue;
            }

            if (c == '0' && expression[i + 1] is 'x' or 'X')
            {
                var start = i + 2;
                var end = start;
                while (end < expression.Length && Uri.IsHexDigit(expression[end]))
                {
                    end++;
                }

                total += sign * long.Parse(expression.AsSpan(start, end - start), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                i = end;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            throw new ResourceException(path, line, $"cannot read '{expression}'");
        }

        return total;
    }
}
