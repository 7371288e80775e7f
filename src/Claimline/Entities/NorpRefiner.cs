using Claimline.Entities.Gazetteers;

namespace Claimline.Entities;

/// <summary>
/// Retypes a name the tagger calls MISC as <see cref="EntityType.Norp"/> when the demonym gazetteer lists it
/// (<c>North Korean</c>, <c>Ukrainians</c>). CoNLL-2003, which trained the tagger, files nationalities under MISC; this
/// deterministic rule recovers the distinction. Other MISC names (events, works) stay MISC.
/// </summary>
public sealed class NorpRefiner(Gazetteer gazetteer)
{
    /// <summary>The type of a tagged name, and whether the gazetteer decided it.</summary>
    public (EntityType Type, EntitySource Source) Refine(EntityType type, ReadOnlySpan<string> tokens)
        => type == EntityType.Misc && gazetteer.Contains(tokens, GazetteerCategory.Demonym)
            ? (EntityType.Norp, EntitySource.Gazetteer)
            : (type, EntitySource.Model);
}
