namespace Claimline.Time.Refiners;

/// <summary>The tense a sentence speaks in around an expression, as far as cue words tell.</summary>
internal enum Tense : byte
{
    None,
    Past,

    /// <summary>Past for certain ("since year-end"): not even a date just ahead, which plain past tense allows.</summary>
    Gone,
    Present,
    Future,
}
