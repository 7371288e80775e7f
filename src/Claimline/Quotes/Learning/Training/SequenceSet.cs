namespace Claimline.Quotes.Learning.Training;

/// <summary>
/// Training sequences for <see cref="SequencePerceptron"/>: gold labels and a way to compute each position's features
/// given the labels predicted just before it. <see cref="Open"/> selects a sequence; the other members then read it.
/// </summary>
internal abstract class SequenceSet
{
    public abstract int Count { get; }

    /// <summary>Selects sequence <paramref name="k"/> and returns its length.</summary>
    public abstract int Open(int k);

    public abstract int Gold(int position);

    /// <summary>A label the decoder is not asked about (the cue's own tokens in a role sequence), or -1.</summary>
    /// <param name="position">The position in the open sequence.</param>
    /// <param name="previous">The label just predicted before it.</param>
    public virtual int Forced(int position, int previous) => -1;

    public abstract int Features(int position, int previous, int previous2, Span<ulong> features);
}
