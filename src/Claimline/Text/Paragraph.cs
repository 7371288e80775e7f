using Claimline.Model;

namespace Claimline.Text;

/// <summary>A paragraph: a block of text between blank lines (or between line breaks in a text that has no blank lines).</summary>
public readonly record struct Paragraph(TextSpan Span) : IAnnotation;
