namespace Claimline.Pipeline;

/// <summary>
/// A stage whose models or tables load on first use rather than at construction. <see cref="Preload"/> loads them
/// now, so that <see cref="StandardPipeline.Create"/> can load every stage's models at once, one per core, instead
/// of the first document paying for them one after another.
/// </summary>
public interface IPreloadable
{
    void Preload();
}
