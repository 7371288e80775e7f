using Claimline.Model;

namespace Claimline.Quantities;

/// <summary>
/// What a number counts: the noun phrase after it with its modifiers and an <c>of</c> phrase
/// (<c>North Korean troops</c>, <c>containers of military equipment</c>).
/// </summary>
/// <param name="Span">The phrase as written.</param>
/// <param name="Text">The phrase's text.</param>
/// <param name="Head">The head noun as written (<c>troops</c>; the noun before <c>of</c>).</param>
/// <param name="Lemma">The head noun singular and lower-case (<c>troop</c>), to compare counts of the same things.</param>
public sealed record CountedPhrase(TextSpan Span, string Text, string Head, string Lemma);
