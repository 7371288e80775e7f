using Claimline.Model;

namespace Claimline.Time;

/// <summary>
/// The reference time of one sentence: when its statement was made. <c>Kovac said Wednesday</c> in an article dated
/// Thursday 2024-10-31 gives 2024-10-30; a sentence without a dated speech verb gets the document date.
/// </summary>
/// <param name="Span">The sentence.</param>
/// <param name="Value">TIMEX3 value of the time (a date, usually a day); null when the document has no date and the sentence none either.</param>
/// <param name="Source"><c>statement</c> (a time expression attached to a speech verb of the sentence) or <c>dct</c> (the document date).</param>
/// <param name="Time">Index in the <c>times</c> layer of the expression that gave the value, for <c>statement</c>.</param>
public sealed record SentenceTime(TextSpan Span, string? Value, string Source, int? Time = null) : IAnnotation;
