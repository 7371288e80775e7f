using System.Globalization;
using Claimline.Quantities;

namespace Claimline.Claims.Timeline;

/// <summary>
/// The values a figure allows once its qualifier is read: exact [v, v], approx [0.9v, 1.1v], at_most (0, v],
/// at_least [v, ∞), range [low, high]. Two figures agree when their intervals overlap, and conflict otherwise.
/// <c>up to 12,000 troops</c> says there are troops: its interval leaves out zero, so that it conflicts with a
/// denial (<c>there are no troops</c>, exactly 0) instead of agreeing with it.
/// </summary>
public readonly record struct FigureInterval(double Low, double High)
{
    /// <summary>How far <c>about</c>, <c>some</c>, <c>roughly</c> stretch a figure either way.</summary>
    public const double ApproxTolerance = 0.10;

    public static FigureInterval Of(TimelineEntry entry) => Of(entry.Value, entry.Low, entry.High, entry.Qualifier);

    public static FigureInterval Of(double? value, double low, double high, Qualifier qualifier) => qualifier switch
    {
        Qualifier.Approx => new FigureInterval(low * (1 - ApproxTolerance), high * (1 + ApproxTolerance)),
        Qualifier.AtMost => new FigureInterval(high > 0 ? double.Epsilon : 0, high),
        Qualifier.AtLeast => new FigureInterval(low, double.PositiveInfinity),
        _ => new FigureInterval(value ?? low, value ?? high),
    };

    public bool Overlaps(FigureInterval other) => Low <= other.High && other.Low <= High;

    public static string Describe(double? value, double low, double high, Qualifier qualifier)
    {
        var number = value is { } v ? Format(v) : $"{Format(low)}–{Format(high)}";
        return qualifier switch
        {
            Qualifier.Approx => "about " + number,
            Qualifier.AtMost => "up to " + number,
            Qualifier.AtLeast => "at least " + number,
            _ => number,
        };
    }

    private static string Format(double number) => number.ToString("#,0.##", CultureInfo.InvariantCulture);
}
