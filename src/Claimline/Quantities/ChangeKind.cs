using System.Text.Json.Serialization;

namespace Claimline.Quantities;

/// <summary>The change a number reports, from the verb before it (<c>Resources/en/change-verbs.tsv</c>).</summary>
public enum ChangeKind
{
    /// <summary>A plain statement of a number.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary><c>risen by about 2,000</c>, <c>increased to 11,000</c>.</summary>
    [JsonStringEnumMemberName("increase")]
    Increase,

    /// <summary><c>fell to 300</c>, <c>dropped by 5%</c>.</summary>
    [JsonStringEnumMemberName("decrease")]
    Decrease,

    /// <summary>A level reached without a direction: <c>reached 11,000</c>, <c>stood at 40</c>.</summary>
    [JsonStringEnumMemberName("set_to")]
    SetTo,
}
