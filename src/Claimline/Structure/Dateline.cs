using Claimline.Model;

namespace Claimline.Structure;

/// <summary>
/// The dateline that opens a story, e.g. <c>KYIV, Ukraine (AP) —</c>: the whole span up to and including the dash,
/// the place as written, an optional region or country after the comma, and the agency in parentheses.
/// </summary>
public sealed record Dateline(
    TextSpan Span,
    string Place,
    TextSpan PlaceSpan,
    string? Region,
    string? Agency,
    TextSpan? AgencySpan,
    int Story) : IAnnotation;
