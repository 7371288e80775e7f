namespace Claimline.Learning;

/// <summary>
/// Training sequences for <see cref="AveragedPerceptron"/>: gold labels and a way to compute each position's features
/// given the labels predicted just before it. <see cref="Open"/> selects a sequence; the other members then read it.
/// </summary>
internal abstract class SequenceSet
{
    public abstract int Count { get; }

    /// <summary>The most features <see cref="Features"/> writes for one position.</summary>
    public abstract int MaxFeatures { get; }

    /// <summary>
    /// The blocks the trainer shuffles: runs of consecutive sequences read in order, so that what one sequence
    /// leaves (the NER tagger's document history) reaches the next. One sequence each unless overridden.
    /// </summary>
    public virtual int BlockCount => Count;

    /// <summary>The sequences <c>[Start, End)</c> of block <paramref name="block"/>.</summary>
    public virtual (int Start, int End) Block(int block) => (block, block + 1);

    /// <summary>Called before the first sequence of each block.</summary>
    public virtual void BeginBlock()
    {
    }

    /// <summary>Selects sequence <paramref name="k"/> and returns its length.</summary>
    public abstract int Open(int k);

    public abstract int Gold(int position);

    /// <summary>A label the decoder is not asked about (the cue's own tokens in a role sequence), or -1.</summary>
    /// <param name="position">The position in the open sequence.</param>
    /// <param name="previous">The label just predicted before it.</param>
    public virtual int Forced(int position, int previous) => -1;

    public abstract int Features(int position, int previous, int previous2, Span<ulong> features);

    /// <summary>
    /// Called when the open sequence has its labels: the gold ones while features are counted, the predicted ones
    /// (forced labels included) while training.
    /// </summary>
    public virtual void Labeled(ReadOnlySpan<int> labels)
    {
    }
}
