using Claimline.Model;

namespace Claimline.Quantities;

/// <summary>
/// The place attached to counted things: the phrase after <c>in</c>, <c>on</c>, <c>near</c> … (<c>Ukraine’s Kherson
/// region</c>, <c>Ukraine’s border</c>), or the place <c>there</c> stands for.
/// </summary>
/// <param name="Span">The place phrase as written, without the preposition and a leading <c>the</c>.</param>
/// <param name="Text">Its text.</param>
/// <param name="Key">The referent key of the last place named in it (<c>place:kherson-oblast</c>), if resolved.</param>
/// <param name="Name">That referent's canonical name (<c>Kherson Oblast</c>).</param>
public sealed record QuantityLocation(TextSpan Span, string Text, string? Key, string? Name);
