using System.Text.Json.Serialization;
using Claimline.Model;

namespace Claimline.Syntax;

/// <summary>
/// The part-of-speech tags and lemmas of one sentence (layer <c>pos</c>): entry <c>i</c> belongs to the sentence's
/// token <c>FirstToken + i</c> of the <c>tokens</c> layer.
/// </summary>
/// <param name="Span">The sentence.</param>
/// <param name="FirstToken">Index of the sentence's first token in the <c>tokens</c> layer.</param>
/// <param name="Tags">UPOS per token.</param>
/// <param name="Lemmas">Lemma per token (lower case unless a proper noun or an abbreviation).</param>
public sealed record TaggedSentence(
    TextSpan Span,
    int FirstToken,
    [property: JsonConverter(typeof(UposArrayJsonConverter))] Upos[] Tags,
    string[] Lemmas) : IAnnotation
{
    [JsonIgnore]
    public int Length => Tags.Length;
}
