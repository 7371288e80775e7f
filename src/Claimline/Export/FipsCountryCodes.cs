using Claimline.Resources;

namespace Claimline.Export;

/// <summary>
/// ISO 3166-1 alpha-2 to FIPS 10-4 country codes (<c>Resources/iso-fips.tsv</c>, from GeoNames): GDELT writes
/// locations with FIPS codes (Germany is <c>GM</c>, Ukraine <c>UP</c>, North Korea <c>KN</c>), so an export meant for
/// GDELT tooling must too.
/// </summary>
public static class FipsCountryCodes
{
    private static readonly Lazy<Dictionary<string, string>> s_codes = new(Load);

    /// <summary>The FIPS code of an ISO code, or null for a code the table does not know.</summary>
    public static string? FromIso(string? iso) => iso is not null && s_codes.Value.TryGetValue(iso, out var fips) ? fips : null;

    private static Dictionary<string, string> Load()
        => ResourceFile.ReadTable("Export/Resources/iso-fips.tsv", "iso", "fips").ToDictionary(r => r.Fields[0], r => r.Fields[1], StringComparer.Ordinal);
}
