namespace Claimline.Evaluation;

/// <summary>
/// Precision, recall and F1 from counts of true positives, system items and gold items — the one formula every
/// <c>claimline eval</c> command reports, so all stages' figures are comparable.
/// </summary>
public readonly record struct Score(int TruePositives, int SystemCount, int GoldCount)
{
    public double Precision => SystemCount == 0 ? 0 : (double)TruePositives / SystemCount;

    public double Recall => GoldCount == 0 ? 0 : (double)TruePositives / GoldCount;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b)
        => new(a.TruePositives + b.TruePositives, a.SystemCount + b.SystemCount, a.GoldCount + b.GoldCount);

    public override string ToString() => $"P {Precision:P2}  R {Recall:P2}  F1 {F1:P2}  ({TruePositives} correct, {SystemCount} found, {GoldCount} in gold)";
}
