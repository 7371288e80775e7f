namespace Claimline.Entities.Features;

/// <summary>
/// Groups of feature templates that training can leave out (<c>claimline train ner --without</c>), to measure what
/// each adds by cross-validation. The tagger always extracts every group: a model trained without one has no weights
/// for its features, so they add nothing to its scores, and the model file needs no record of the groups.
/// </summary>
[Flags]
public enum NerFeatureGroups
{
    None = 0,

    /// <summary>Brown cluster path prefixes of the word and its neighbours.</summary>
    Clusters = 1,

    /// <summary>Organization designators: this or the next word is one, or the capitalized run ends in one.</summary>
    Designators = 2,

    All = Clusters | Designators,
}
