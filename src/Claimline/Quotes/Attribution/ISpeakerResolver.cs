using Claimline.Model;

namespace Claimline.Quotes.Attribution;

/// <summary>A speaker mention to resolve: its span, text and kind.</summary>
public sealed record SpeakerMention(TextSpan Span, string Text, SpeakerKind Kind);

/// <summary>
/// The earlier mention a speaker mention names (<c>he</c> → <c>Maria Delgado</c>), and, where the referents layer
/// knows it, that referent's key and canonical name (<c>person:maria-delgado</c>, <c>Maria Delgado</c>).
/// </summary>
public sealed record ResolvedSpeaker(TextSpan Span, string Text, string? Key = null, string? Canonical = null);

/// <summary>
/// Resolves a speaker mention to whom it names. Two implementations: <see cref="ReferentSpeakerResolver"/> (the default, backed by the
/// referents layer) and <see cref="InArticleSpeakerResolver"/> (tokens alone, its fallback).
/// </summary>
public interface ISpeakerResolver
{
    /// <param name="document">The document, with at least tokens and sentences.</param>
    /// <param name="mention">The mention to resolve.</param>
    /// <param name="earlier">The quotes before it in the article, already resolved, in text order.</param>
    /// <returns>The antecedent, or null when the mention names nobody else or nothing fits.</returns>
    ResolvedSpeaker? Resolve(Document document, SpeakerMention mention, IReadOnlyList<Quote> earlier);
}
