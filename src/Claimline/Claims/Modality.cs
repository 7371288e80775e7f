using System.Text.Json.Serialization;

namespace Claimline.Claims;

/// <summary>How firmly a holder puts a figure, from the cue verb (<c>Resources/en/modalities.tsv</c>).</summary>
public enum Modality
{
    /// <summary><c>said</c>, <c>told</c>, <c>reported</c>, or the outlet's own statement.</summary>
    [JsonStringEnumMemberName("states")]
    States,

    /// <summary><c>estimated</c>, <c>assess</c>, <c>put the figure at</c>.</summary>
    [JsonStringEnumMemberName("estimates")]
    Estimates,

    /// <summary><c>expects</c>, <c>anticipates</c>.</summary>
    [JsonStringEnumMemberName("expects")]
    Expects,

    /// <summary><c>denied</c>, or a negated quantity (<c>there are no troops</c>, value 0).</summary>
    [JsonStringEnumMemberName("denies")]
    Denies,
}
