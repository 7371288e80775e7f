using Claimline.Model;
using Claimline.Time.Finders;

namespace Claimline.Time;

/// <summary>
/// A time expression as a finder proposes it, before refining: its region (sentence or dateline), its tokens in the view, its span, the rule
/// and the value with the captures filled in but not yet anchored (<c>REL(dct,W,-1)</c>, <c>XXXX-10</c>, <c>WD(4)</c>).
/// </summary>
internal sealed record TimexCandidate(int Sentence, int TokenStart, int TokenEnd, TextSpan Span, TimeRule Rule, string Value, string Type, string? Mod);
