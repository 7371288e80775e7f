namespace Claimline.Quantities;

/// <summary>
/// Gives a number that refers back (<c>the number has increased to 11,000</c>, <c>the figure … at up to 12,000</c>)
/// what is counted and where from the nearest earlier quantity of the same kind that has them, and records which.
/// Runs in text order, so a chain (10,000 → 11,000 → 12,000) inherits through each link.
/// </summary>
internal static class AnaphoraRefiner
{
    /// <summary>How far back, in characters, an antecedent may lie: about a paragraph or two of news.</summary>
    private const int MaxDistance = 1500;

    public static void Refine(List<Quantity> quantities, List<bool> refersBack)
    {
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (!refersBack[i] || q.Counted is not null)
            {
                continue;
            }

            for (var k = i - 1; k >= 0; k--)
            {
                var a = quantities[k];
                if (q.Span.Start - a.Span.End > MaxDistance)
                {
                    break;
                }

                if (a.Counted is not null && a.Kind == q.Kind)
                {
                    quantities[i] = q with
                    {
                        Counted = a.Counted,
                        CountedEntities = a.CountedEntities,
                        Location = q.Location ?? a.Location,
                        Anaphoric = true,
                        Antecedent = k,
                    };
                    break;
                }
            }
        }
    }
}
