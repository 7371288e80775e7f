using Claimline.Model;
using Claimline.Quantities;

namespace Claimline.Claims.Timeline;

/// <summary>One claim on a concept's timeline, with what is needed to read it without the article.</summary>
/// <param name="Date">The claim's date (TIMEX3), or null when neither the claim nor the article has one.</param>
/// <param name="Document">The article's id.</param>
/// <param name="Outlet">The article's outlet, when known.</param>
/// <param name="Holder">Who holds the figure.</param>
/// <param name="Via">Through whom (see <see cref="Claim.Via"/>).</param>
/// <param name="Value">The figure, or null for a range.</param>
/// <param name="Low">The lower bound.</param>
/// <param name="High">The upper bound.</param>
/// <param name="Qualifier">How exact it is said to be.</param>
/// <param name="Modality">How the holder puts it.</param>
/// <param name="Location">The place as written, when there is one.</param>
/// <param name="Evidence">The evidence text.</param>
/// <param name="Confidence">The claim's confidence.</param>
/// <param name="EvidenceSpan">Where the evidence is in the article, to open it there.</param>
public sealed record TimelineEntry(
    string? Date,
    string Document,
    string? Outlet,
    ClaimHolder Holder,
    string? Via,
    double? Value,
    double Low,
    double High,
    Qualifier Qualifier,
    Modality Modality,
    string? Location,
    string Evidence,
    double Confidence,
    TextSpan? EvidenceSpan = null)
{
    /// <summary>The figure as a reader writes it: <c>about 10,000</c>, <c>up to 12,000</c>, <c>0 (denied)</c>.</summary>
    public string Figure => Modality == Modality.Denies && High == 0 ? "0 (denied)" : FigureInterval.Describe(Value, Low, High, Qualifier);
}
