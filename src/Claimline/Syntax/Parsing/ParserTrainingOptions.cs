namespace Claimline.Syntax.Parsing;

/// <summary>How non-projective training trees are handled.</summary>
public enum NonProjective
{
    /// <summary>Lift crossing arcs and record the lift in the relation (pseudo-projective; undone after parsing).</summary>
    Lift,

    /// <summary>Lift crossing arcs without recording them (projectivised training trees; nothing to undo).</summary>
    Projectivize,
}

/// <summary>Settings of <see cref="ParserTrainer"/>; the defaults trained the shipped model.</summary>
public sealed record ParserTrainingOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Seeds the shuffling and the exploration: the same seed gives the same model.</summary>
    public int Seed { get; init; } = 1;

    public FeatureGroups Groups { get; init; } = FeatureGroups.All;

    /// <summary>Passes that follow the oracle only; later passes follow the model's own moves (Goldberg &amp; Nivre 2012: k).</summary>
    public int ExploreAfter { get; init; } = 1;

    /// <summary>How often a later pass follows the model's move rather than the oracle's (Goldberg &amp; Nivre 2012: p).</summary>
    public double ExploreProbability { get; init; } = 0.9;

    public NonProjective NonProjective { get; init; } = NonProjective.Lift;

    /// <summary>A lifted relation (<c>obl|ccomp</c>) seen fewer times than this keeps only its own relation (spaCy uses 30).</summary>
    public int LiftCutoff { get; init; } = 20;

    /// <summary>
    /// Features whose averaged weights are all smaller than this (in perceptron update units) are dropped from the
    /// model: a smaller table that stays in cache parses faster (measured in docs/syntax.md).
    /// </summary>
    public float MinWeight { get; init; } = 0;

    /// <summary>Bits per stored weight (8 or 16).</summary>
    public int WeightBits { get; init; } = 16;
}
