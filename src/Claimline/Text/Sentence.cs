using Claimline.Model;

namespace Claimline.Text;

/// <summary>A sentence, and the range of its tokens in the token layer (<c>[FirstToken, FirstToken + TokenCount)</c>).</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount) : IAnnotation;
