namespace Claimline.Entities;

/// <summary>What decided an entity mention.</summary>
public enum EntitySource : byte
{
    /// <summary>Span and type come from the statistical tagger.</summary>
    Model,

    /// <summary>The tagger found the span; a gazetteer decided the type (a demonym retyped as <see cref="EntityType.Norp"/>).</summary>
    Gazetteer,

    /// <summary>A rule joined the tagger's spans: a name and its division word (<see cref="DivisionRefiner"/>).</summary>
    Rule,
}
