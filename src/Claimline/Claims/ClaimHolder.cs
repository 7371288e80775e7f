namespace Claimline.Claims;

/// <summary>Who holds a claim.</summary>
/// <param name="Key">The referent key (<c>country:US</c>); null for an unresolved speaker or an unknown outlet.</param>
/// <param name="Name">The canonical name, the speaker as written, or the outlet.</param>
/// <param name="Kind">How the holder was found.</param>
public sealed record ClaimHolder(string? Key, string Name, HolderKind Kind);
