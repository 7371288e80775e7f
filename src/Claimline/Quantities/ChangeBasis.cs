using System.Text.Json.Serialization;

namespace Claimline.Quantities;

/// <summary>Whether a change's number is the difference or the new level: <c>by 2,000</c> or <c>to 11,000</c>.</summary>
public enum ChangeBasis
{
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>The number is the difference: <c>risen by 2,000</c>.</summary>
    [JsonStringEnumMemberName("by")]
    By,

    /// <summary>The number is the new level: <c>increased to 11,000</c>, <c>stood at 40</c>.</summary>
    [JsonStringEnumMemberName("to")]
    To,
}
