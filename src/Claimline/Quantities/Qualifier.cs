using System.Text.Json.Serialization;

namespace Claimline.Quantities;

/// <summary>How exact a number is said to be, normalized from the words before it (<c>Resources/en/qualifiers.tsv</c>).</summary>
public enum Qualifier
{
    /// <summary>No hedge: <c>1,000 containers</c>, <c>increased to 11,000</c>.</summary>
    [JsonStringEnumMemberName("exact")]
    Exact,

    /// <summary><c>some</c>, <c>about</c>, <c>around</c>, <c>roughly</c>, <c>an estimated</c>.</summary>
    [JsonStringEnumMemberName("approx")]
    Approx,

    /// <summary><c>at least</c>, <c>more than</c>, <c>over</c>.</summary>
    [JsonStringEnumMemberName("at_least")]
    AtLeast,

    /// <summary><c>up to</c>, <c>as many as</c>, <c>fewer than</c>.</summary>
    [JsonStringEnumMemberName("at_most")]
    AtMost,

    /// <summary>Two bounds and no hedge word: <c>10,000 to 12,000</c>, <c>between 5 and 7</c>.</summary>
    [JsonStringEnumMemberName("range")]
    Range,
}
