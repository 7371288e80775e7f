using Claimline.Model;

namespace Claimline.Structure;

/// <summary>A region of the article with a role: its header, title, a photo caption and credit, or a story.</summary>
/// <param name="Span">The region.</param>
/// <param name="Kind">What the region is.</param>
/// <param name="Story">For stories, captions and credits: the number of the story they belong to (0-based), or -1 before the first story.</param>
public sealed record Section(TextSpan Span, SectionKind Kind, int Story) : IAnnotation;

public enum SectionKind
{
    /// <summary>A format header line such as <c>date 2024-10-31</c>.</summary>
    Header,

    /// <summary>A headline that precedes the story in the text.</summary>
    Title,

    /// <summary>A photo caption, including its credit.</summary>
    Caption,

    /// <summary>The credit of a photo, inside the parentheses: <c>AP Photo/Jane Doe</c>.</summary>
    PhotoCredit,

    /// <summary>One story: its dateline, if any, and its body.</summary>
    Story,
}
