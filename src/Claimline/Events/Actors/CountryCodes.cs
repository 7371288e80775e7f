using Claimline.Resources;

namespace Claimline.Events.Actors;

/// <summary>ISO 3166-1 alpha-2 → CAMEO country code (<c>KP</c> → <c>PRK</c>, <c>RO</c> → <c>ROM</c>): <c>countries.tsv</c>, built by tools/cameo/build.py.</summary>
public sealed class CountryCodes
{
    private static readonly Lazy<CountryCodes> s_english = new(() => new CountryCodes("Events/Resources/cameo/countries.tsv"));

    private readonly Dictionary<string, string> _cameo = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _iso = new(StringComparer.Ordinal);

    private CountryCodes(string path)
    {
        foreach (var (_, f) in ResourceFile.ReadTable(path, "iso", "cameo", "label"))
        {
            _cameo[f[0]] = f[1];
            _iso.TryAdd(f[1], f[0]);
        }
    }

    public static CountryCodes English => s_english.Value;

    /// <summary>The CAMEO code of an ISO alpha-2 country, or null.</summary>
    public string? Cameo(string? iso) => iso is null ? null : _cameo.GetValueOrDefault(iso);

    /// <summary>The ISO alpha-2 code of a CAMEO country code, or null (regions such as <c>AFR</c> have none).</summary>
    public string? Iso(string cameo) => _iso.GetValueOrDefault(cameo);

    /// <summary>Whether the code is a CAMEO country code.</summary>
    public bool IsCountry(string cameo) => _iso.ContainsKey(cameo);
}
