using Claimline.Model;

namespace Claimline.Time.Evaluation;

/// <summary>A TimeML file as the scorer sees it: the TEXT content with its tags removed, the gold expressions as spans into that text, and the document creation time.</summary>
/// <param name="Name">File name, for error reports.</param>
/// <param name="Text">The content of <c>&lt;TEXT&gt;</c>, tags removed and entities decoded.</param>
/// <param name="CreationTime">The date of the <c>CREATION_TIME</c> TIMEX3 (its time of day is dropped), or null.</param>
/// <param name="Timexes">The TIMEX3 elements inside TEXT.</param>
public sealed record TimeMlDocument(string Name, string Text, DateOnly? CreationTime, IReadOnlyList<GoldTimex> Timexes);

/// <summary>A gold TIMEX3: span into <see cref="TimeMlDocument.Text"/>, type, value and mod.</summary>
public sealed record GoldTimex(TextSpan Span, string Type, string Value, string? Mod);
