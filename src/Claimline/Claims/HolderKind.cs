using System.Text.Json.Serialization;

namespace Claimline.Claims;

/// <summary>How a claim's holder was found.</summary>
public enum HolderKind
{
    /// <summary>The speaker of the quote or reported speech the number sits in.</summary>
    [JsonStringEnumMemberName("speaker")]
    Speaker,

    /// <summary>The subject of a claiming verb before the number: <c>Ukraine has put the figure at</c>.</summary>
    [JsonStringEnumMemberName("subject")]
    Subject,

    /// <summary>Nobody else: the outlet states it.</summary>
    [JsonStringEnumMemberName("outlet")]
    Outlet,
}
