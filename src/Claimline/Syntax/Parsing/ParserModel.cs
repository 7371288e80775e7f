namespace Claimline.Syntax.Parsing;

/// <summary>
/// A trained parser: the relations it names, the feature groups it was trained with, the transition classifier
/// (three classes: shift, left, right) and the relation classifier (one class per label). Immutable.
/// </summary>
public sealed class ParserModel(ParseLabels labels, FeatureGroups groups, WeightTable transitions, WeightTable relations)
{
    /// <summary>The feature version this build computes; a model file records the one it was trained with.</summary>
    public const string FeatureVersion = TransitionFeatures.Version + "+" + LabelFeatures.Version;

    public ParseLabels Labels { get; } = labels;

    public FeatureGroups Groups { get; } = groups;

    public WeightTable Transitions { get; } = transitions;

    public WeightTable Relations { get; } = relations;

    /// <summary>Memory held by the weight tables.</summary>
    public long Bytes => Transitions.Bytes + Relations.Bytes;
}
