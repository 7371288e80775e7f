using Claimline.Entities.Tagging;

namespace Claimline.Quotes.Learning;

/// <summary>Feature hashes and their row-major weights, as trained or read: the raw form of a <see cref="PerceptronModel"/>.</summary>
public sealed record SparseWeights(ulong[] Keys, float[] Weights, int Labels)
{
    public PerceptronModel ToModel() => new(Labels, Keys, Weights);
}
